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
        local tokens = {}
        local counter = 0
        thread_id = 0 -- global: setup() assigns it per thread
        local threads = {}
        local next_id = 0

        function setup(thread)
          thread:set("thread_id", next_id)
          next_id = next_id + 1
          table.insert(threads, thread)
        end

        function init(args)
          for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
          run = args[2]
          local threads = tonumber(args[3] or "1")
          offset = math.floor(#tokens * thread_id / threads)
        end

        function request()
          counter = counter + 1
          local token = tokens[((counter + offset) % #tokens) + 1]
          local body = string.format(
            '{"setId":"%s-%d-%d","exerciseId":"leg-press","reps":10,"loadKg":60,"performedAt":"%s"}',
            run, thread_id, counter, os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60))
          return wrk.format("POST", "/api/me/sets",
            { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
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
