-- deactivate: PATCH /scim/v2/Users/<id> active=false (Entra's shape, as the Java load generator's),
-- each to a preloaded leaver who holds 5 sessions and 3 PATs. The ids are the lines of LEAVERS;
-- this window starts at line OFFSET + 1 (the script moves it past the ones earlier windows used),
-- and thread t of THREADS takes every THREADS-th line from there. Past the last line it starts over
-- (the script stops warming up before that).
dofile(os.getenv("WRK_DIR") .. "/scim.lua")
wrk.headers["Content-Type"] = "application/scim+json"
local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],'
   .. '"Operations":[{"op":"Replace","path":"active","value":"False"}]}'
local ids = {}
local next_line

function init(args)
   -- In parentheses: assert returns its message too, which io.lines would take as a read format.
   for line in io.lines((assert(os.getenv("LEAVERS"), "LEAVERS is not set"))) do
      if line ~= "" then
         ids[#ids + 1] = line
      end
   end
   next_line = tonumber(os.getenv("OFFSET")) + id
end

function request()
   local step = tonumber(os.getenv("THREADS"))
   local i = next_line % #ids + 1
   next_line = next_line + step
   return wrk.format("PATCH", "/scim/v2/Users/" .. ids[i], nil, body)
end
