using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HeelChallenge.Host.Seeding;

/// <summary>
/// The public HTTP API as the seeding verb uses it. 429 and 503 are waited out (Retry-After) and retried until a
/// deadline: the per-IP limit on sign-ups and sign-ins, a cluster re-homing a grain. Anything else unexpected stops
/// the run with the problem's detail.
/// </summary>
public sealed class DemoApi(HttpClient http)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public async Task<string> SignUpOrInAsync(DemoUser user, string password)
    {
        using (var created = await SendAsync(HttpMethod.Post, "/api/accounts", null,
                   new { username = user.Username, password, displayName = user.DisplayName, timeZone = user.TimeZone }))
        {
            if (created.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict)) throw await FailureAsync(created, "create " + user.Username);
        }

        using var token = await SendAsync(HttpMethod.Post, "/api/auth/token", null, new { username = user.Username, password });
        if (token.StatusCode == HttpStatusCode.Unauthorized)
            throw new InvalidOperationException($"'{user.Username}' exists with another password: it is not a demo account here.");
        return (await JsonAsync(token, "sign in " + user.Username)).GetProperty("accessToken").GetString()!;
    }

    /// <param name="idempotent">false for a call that must not be repeated after a 503 (it may have happened).</param>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, string token, object? body = null, bool idempotent = true)
    {
        using var response = await SendAsync(method, path, token, body, idempotent);
        return await JsonAsync(response, $"{method} {path}");
    }

    /// <summary>201 new, 200 already there (the same set id and body); false only for 409 (the same id, another body).</summary>
    public async Task<bool?> LogSetAsync(string token, DemoSet set)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/me/sets", token, set);
        return response.StatusCode switch
        {
            HttpStatusCode.Created => true,
            HttpStatusCode.OK => false,
            HttpStatusCode.Conflict => null,
            _ => throw await FailureAsync(response, "log " + set.SetId),
        };
    }

    /// <summary>429 (refused before anything happened) is always waited out; 503 only when repeating the call is harmless.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, bool idempotent = true)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            using var request = new HttpRequestMessage(method, path);
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null) request.Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
            var response = await http.SendAsync(request);
            var retry = response.StatusCode == HttpStatusCode.TooManyRequests || (idempotent && response.StatusCode == HttpStatusCode.ServiceUnavailable);
            if (!retry || DateTime.UtcNow > deadline) return response;
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(2);
            if (wait >= TimeSpan.FromSeconds(5))
                Console.WriteLine($"seed: the service asks to wait {wait.TotalSeconds:0} s ({(int)response.StatusCode}: rate limit or a silo moving); waiting");
            response.Dispose();
            await Task.Delay(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait);
        }
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode) throw await FailureAsync(response, what);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<InvalidOperationException> FailureAsync(HttpResponseMessage response, string what) =>
        new($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
