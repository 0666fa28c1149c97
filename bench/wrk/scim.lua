-- Shared by the SCIM workloads of bench/server-cost.sh: the tenant's SCIM token (SCIM_TOKEN) and
-- SCIM's media type on every request, and a number per wrk thread (id, set before the threads
-- start) so that a thread's requests differ from the other's.
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("SCIM_TOKEN"), "SCIM_TOKEN is not set")
wrk.headers["Accept"] = "application/scim+json"

local threads = 0
function setup(thread)
   thread:set("id", threads)
   threads = threads + 1
end
