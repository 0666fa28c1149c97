-- lookup: GET /scim/v2/Users?filter=userName eq "preloaded-<i>@bench.example", i drawn at random
-- from 1 to USERS (the users preloaded by bench/sql/preload-postgresql.sql).
dofile(os.getenv("WRK_DIR") .. "/scim.lua")
local users = assert(tonumber(os.getenv("USERS")), "USERS is not set")

function init(args)
   math.randomseed(os.time() * 2 + id)
end

function request()
   local i = math.random(users)
   return wrk.format("GET", "/scim/v2/Users?filter=userName%20eq%20%22preloaded-" .. i .. "%40bench.example%22")
end
