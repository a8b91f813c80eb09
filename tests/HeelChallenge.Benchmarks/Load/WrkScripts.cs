namespace HeelChallenge.Benchmarks.Load;

/// <summary>Lua for wrk: each request logs a set with a fresh set id for the next user in a round-robin of tokens.</summary>
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
        end

        function request()
          counter = counter + 1
          local token = tokens[(counter % #tokens) + 1]
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
