-- list: GET /scim/v2/Users?startIndex=<1 to 1,000>&count=100, as the Java load generator's list.
dofile(os.getenv("WRK_DIR") .. "/scim.lua")

function init(args)
   math.randomseed(os.time() * 2 + id)
end

function request()
   return wrk.format("GET", "/scim/v2/Users?startIndex=" .. math.random(1000) .. "&count=100")
end
