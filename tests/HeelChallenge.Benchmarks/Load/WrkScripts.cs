namespace HeelChallenge.Benchmarks.Load;

/// <summary>
/// Lua for wrk: each request logs a set with a fresh set id for the next user in a round-robin of tokens. Arguments:
/// token file, run id, number of wrk threads. Each thread starts its round-robin at its own share of the users, so
/// the threads do not send concurrent requests for the same users (a user's grain takes one command at a time:
/// two threads in step would queue every second request behind the first one's fsync).
/// </summary>
public static class WrkScripts
{
    public const string Ingest = """
        local heads = {}
        local counter = 0
        thread_id = 0 -- global: setup() assigns it per thread
        local next_id = 0
        local stamped_at, stamp = -1, ""

        function setup(thread)
          thread:set("thread_id", next_id)
          next_id = next_id + 1
        end

        -- The request up to its Content-Length value, once per token: the load generator shares the two cores with
        -- the service, and building every request through wrk.format (a table walk) and os.date was its main cost.
        function init(args)
          local host = wrk.headers["Host"]
          for token in io.lines(args[1]) do
            heads[#heads + 1] = "POST /api/me/sets HTTP/1.1\r\nHost: " .. host .. "\r\nAuthorization: Bearer " .. token
              .. "\r\nContent-Type: application/json\r\nContent-Length: "
          end
          run = args[2]
          local threads = tonumber(args[3] or "1")
          offset = math.floor(#heads * thread_id / threads)
        end

        function request()
          counter = counter + 1
          local now = os.time()
          if now ~= stamped_at then
            stamped_at, stamp = now, os.date("!%Y-%m-%dT%H:%M:%SZ", now - 60)
          end
          local body = '{"setId":"' .. run .. "-" .. thread_id .. "-" .. counter
            .. '","exerciseId":"leg-press","reps":10,"loadKg":60,"performedAt":"' .. stamp .. '"}'
          return heads[((counter + offset) % #heads) + 1] .. #body .. "\r\n\r\n" .. body
        end
        """;

    /// <summary>Lua for wrk: GETs the URL with the bearer token in the file given as the first script argument.</summary>
    public const string AuthorizedGet = """
        local token = ""

        function init(args)
          for line in io.lines(args[1]) do token = line end
        end

        function request()
          return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. token })
        end
        """;
}
