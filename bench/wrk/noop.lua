-- noop: GET /scim/v2/ServiceProviderConfig (the URL wrk is given) with the token: what
-- authentication and the SCIM pipeline cost with no work behind them. Headers only, no Lua per request.
dofile(os.getenv("WRK_DIR") .. "/scim.lua")
