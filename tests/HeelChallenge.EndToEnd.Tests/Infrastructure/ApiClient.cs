using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HeelChallenge.EndToEnd.Tests.Infrastructure;

/// <summary>Just enough of the public HTTP API for end-to-end scenarios.</summary>
public static class ApiClient
{
    public static async Task<HttpClient> SignUpAsync(Uri baseAddress, string username, string password = "correct horse battery")
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var created = await http.PostAsJsonAsync("/api/accounts", new { username, password, displayName = username, timeZone = "Europe/Paris" });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        await SignInAsync(http, username, password);
        return http;
    }

    public static async Task SignInAsync(HttpClient http, string username, string password = "correct horse battery")
    {
        var token = await http.PostAsJsonAsync("/api/auth/token", new { username, password });
        token.EnsureSuccessStatusCode();
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
    }

    /// <summary>Every set id in the caller's history, following nextCursor to the end.</summary>
    public static async Task<HashSet<string>> ReadAllSetIdsAsync(HttpClient http)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = await http.GetFromJsonAsync<JsonElement>("/api/me/sets?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            foreach (var item in page.GetProperty("items").EnumerateArray()) ids.Add(item.GetProperty("setId").GetString()!);
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return ids;
    }
}
