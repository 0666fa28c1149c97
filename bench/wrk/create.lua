-- create: POST /scim/v2/Users, each with a userName of its own: PREFIX (one per window), the
-- thread's number and a counter. The body is the Java load generator's (Directory.profile).
dofile(os.getenv("WRK_DIR") .. "/scim.lua")
local prefix = assert(os.getenv("PREFIX"), "PREFIX is not set")
wrk.headers["Content-Type"] = "application/scim+json"
local created = 0

function request()
   created = created + 1
   local name = prefix .. "-" .. id .. "-" .. created .. "@bench.example"
   local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name
      .. '","name":{"givenName":"Bench","familyName":"User"},"emails":[{"value":"' .. name
      .. '","type":"work","primary":true}],"title":"Engineer","password":"Okta-Generated-9x!","active":true}'
   return wrk.format("POST", "/scim/v2/Users", nil, body)
end
