using static HeelChallenge.Gateway.Tests.Security.MatrixBodies;

namespace HeelChallenge.Gateway.Tests.Security;

/// <summary>
/// Every endpoint × every kind of caller × own id / someone else's (U's) id: the status of each cell is written below,
/// and no answer to anyone but U (and whom a row names) carries U's id, username or display name — a forbidden read is
/// a 404 with nothing in it. Rows run in order, reads first; the rows that change relations come last.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AuthorizationMatrixTests(GatewayFactory factory)
{
    private static readonly Actor[] CoachOfU = [Actor.Coach];
    private static readonly Actor[] Everyone = Enum.GetValues<Actor>();

    //                                                                     anon user other coach oCoach revoked admin
    public static readonly MatrixRow[] Rows =
    [
        new("POST", "/api/accounts", /*                                  */ "201  201  201   201   201    201     201", NewAccount),
        new("POST", "/api/auth/token", /*                                */ "200  200  200   200   200    200     200", Token, Everyone),
        new("GET", "/api/exercises", /*                                  */ "200  200  200   200   200    200     200"),
        new("GET", "/api/ping", /*                                       */ "200  200  200   200   200    200     200"),
        new("GET", "/health/live", /*                                    */ "200  200  200   200   200    200     200"),
        new("GET", "/health/ready", /*                                   */ "200  200  200   200   200    200     200"),
        new("GET", "/openapi/v1.json", /*                                */ "200  200  200   200   200    200     200"),

        // The caller's own data: no id in the path, so "someone else's id" cannot even be written.
        new("GET", "/api/me", /*                                         */ "401  200  200   200   200    200     200"),
        new("PATCH", "/api/me", /*                                       */ "401  200  200   200   200    200     200", Rename),
        new("GET", "/api/me/summary", /*                                 */ "401  200  200   200   200    200     200"),
        new("POST", "/api/me/sets", /*                                   */ "401  201  201   201   201    201     201", NewSet),
        new("GET", "/api/me/sets", /*                                    */ "401  200  200   200   200    200     200"),
        new("GET", "/api/me/coaches", /*                                 */ "401  200  200   200   200    200     200"),
        new("GET", "/api/me/progress", /*                                */ "401  200  200   200   200    200     200"),
        new("GET", "/api/me/export", /*                                  */ "401  200  200   200   200    200     200"),
        new("GET", "/api/me/export?format=csv", /*                       */ "401  200  200   200   200    200     200"),

        // A set id is scoped to its owner: U's set id is unknown to everyone else.
        new("GET", "/api/me/sets/{selfSet}", /*                          */ "401  200  200   200   200    200     200"),
        new("GET", "/api/me/sets/{USet}", /*                             */ "401  200  404   404   404    404     404"),
        new("PUT", "/api/me/sets/{selfSet}", /*                          */ "401  200  200   200   200    200     200", Correction),
        new("PUT", "/api/me/sets/{USet}", /*                             */ "401  200  404   404   404    404     404", Correction),

        // Coaches of the caller: nobody is their own coach; U's coach is U's alone to see.
        new("GET", "/api/me/coaches/{self}", /*                          */ "401  404  404   404   404    404     404"),
        new("GET", "/api/me/coaches/{C}", /*                             */ "401  200  404   404   404    404     404"),

        // The caller as a coach: their own settings and roster; a client's data only with the client's current consent.
        new("GET", "/api/coach/settings", /*                             */ "401  200  200   200   200    200     200"),
        new("PUT", "/api/coach/settings", /*                             */ "401  200  200   200   200    200     200", CoachSettings),
        new("GET", "/api/coach/clients", /*                              */ "401  200  200   200   200    200     200", null, CoachOfU),
        new("GET", "/api/coach/clients?sort=name", /*                    */ "401  200  200   200   200    200     200", null, CoachOfU),
        new("GET", "/api/coach/clients/{self}/progress", /*              */ "401  404  404   404   404    404     404"),
        new("GET", "/api/coach/clients/{U}/progress", /*                 */ "401  404  404   200   404    404     404", null, CoachOfU),
        new("GET", "/api/coach/clients/{self}/export", /*                */ "401  404  404   404   404    404     404"),
        new("GET", "/api/coach/clients/{U}/export", /*                   */ "401  404  404   200   404    404     404", null, CoachOfU),
        new("GET", "/api/coach/clients/{U}/export?format=csv", /*        */ "401  404  404   200   404    404     404", null, CoachOfU),
        new("POST", "/api/coach/invites", /*                             */ "401  201  201   201   201    201     201"),

        // Challenges: private ones are visible to their owner and participants only; so are their boards.
        // The public directory shows public challenges (and their owners) to anyone signed in.
        new("GET", "/api/challenges?visibility=public", /*               */ "401  200  200   200   200    200     200", null, Everyone),
        new("GET", "/api/me/challenges", /*                              */ "401  200  200   200   200    200     200"),
        new("GET", "/api/challenges/{selfChallenge}/leaderboard", /*     */ "401  200  200   200   200    200     200"),
        new("GET", "/api/challenges/{UChallenge}/leaderboard", /*        */ "401  200  404   404   404    404     404"),
        new("GET", "/api/challenges/{UChallenge}/leaderboard/stream", /* */ "401  200  404   404   404    404     404"),
        new("GET", "/api/admin/projections", /*                          */ "401  403  403   403   403    403     200"),
        new("GET", "/api/admin/projections/leaderboards", /*             */ "401  403  403   403   403    403     200"),
        new("POST", "/api/challenges", /*                                */ "401  201  201   201   201    201     201", NewChallenge),
        new("GET", "/api/challenges/{selfChallenge}", /*                 */ "401  200  200   200   200    200     200"),
        new("GET", "/api/challenges/{UChallenge}", /*                    */ "401  200  404   404   404    404     404"),
        new("POST", "/api/challenges/{selfChallenge}/join", /*           */ "401  200  200   200   200    200     200"),
        new("POST", "/api/challenges/{UChallenge}/join", /*              */ "401  200  404   404   404    404     404"),
        new("POST", "/api/challenges/join", /*                           */ "401  200  200   200   200    200     200", OwnChallengeCode),
        // Anyone holding a code may join with it, and then sees the challenge with its owner.
        new("POST", "/api/challenges/join", /*                           */ "401  200  200   200   200    200     200", SubjectChallengeCode, Everyone),
        new("POST", "/api/challenges/{UClosing}/end", /*                 */ "401  200  404   404   404    404     404"),
        new("POST", "/api/challenges/{UClosing}/cancel", /*              */ "401  409  404   404   404    404     404"),
        new("POST", "/api/challenges/{selfChallenge}/end", /*            */ "401  200  200   200   200    200     200"),
        new("POST", "/api/challenges/{selfChallenge}/cancel", /*         */ "401  409  409   409   409    409     409"),
        // Leaving is idempotent: not being in a challenge (the others joined U's with its code above) is already the goal.
        new("DELETE", "/api/challenges/{UChallenge}/participants/me", /* */ "401  204  204   204   204    204     204"),
        new("DELETE", "/api/challenges/{selfChallenge}/participants/me", "401  204  204   204   204    204     204"),

        // Relations change from here on. A coach code: one's own is refused; U's coach's makes a new client (U: already).
        new("POST", "/api/me/coaches", /*                                */ "401  400  400   400   400    400     400", OwnCoachCode),
        new("POST", "/api/me/coaches", /*                                */ "401  200  201   400   201    201     201", CoachCode),
        new("DELETE", "/api/me/coaches/{self}", /*                       */ "401  404  404   404   404    404     404"),
        new("DELETE", "/api/me/coaches/{R}", /*                          */ "401  204  404   404   404    404     404"),
        new("DELETE", "/api/me/sets/{USet}", /*                          */ "401  204  404   404   404    404     404"),
        new("DELETE", "/api/me/sets/{selfSet}", /*                       */ "401  204  204   204   204    204     204"),
        // U revokes the coach: from now on the coach sees nothing either. (The others became C's clients with C's code above.)
        new("DELETE", "/api/me/coaches/{C}", /*                          */ "401  204  204   404   204    204     204"),
        new("GET", "/api/coach/clients/{U}/progress", /*                 */ "401  404  404   404   404    404     404"),
        new("GET", "/api/coach/clients/{U}/export", /*                   */ "401  404  404   404   404    404     404"),
        // Last: an online rebuild resets every read model while they replay.
        new("POST", "/api/admin/projections/rebuild", /*                 */ "401  403  403   403   403    403     202"),
    ];

    /// <summary>Static assets of the API reference page, served to anyone and about no one.</summary>
    private static readonly string[] NotInMatrix = ["GET /scalar/{*}", "GET /scalar/favicon.svg", "GET /scalar/scalar.aspnetcore.js", "GET /scalar/scalar.js"];

    [Fact]
    public void Given_the_host_When_its_endpoints_are_listed_Then_each_has_rows_in_the_matrix()
    {
        var mapped = EndpointList.Of(factory).Where(e => !e.StartsWith("* ", StringComparison.Ordinal)).Except(NotInMatrix);
        var inMatrix = Rows.Select(r => $"{r.Method} {EndpointList.Normalize(Templated(r.Url))}").ToHashSet(StringComparer.Ordinal);

        // Rows may name a literal where the route has a parameter (the OpenAPI document, a projection kind).
        string[] literals = ["v1.json", "leaderboards"];
        var missing = mapped.Where(e => !inMatrix.Contains(e)
            && !literals.Any(l => inMatrix.Contains(e.Replace("{*}", l, StringComparison.Ordinal)))).ToList();
        Assert.True(missing.Count == 0, "Endpoints without rows: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Given_every_kind_of_caller_When_each_endpoint_is_called_Then_every_cell_has_its_status_and_nothing_leaks()
    {
        var world = await MatrixWorld.CreateAsync(factory);
        var subjectMarks = new[] { world.Subject.UserId.ToString("D"), world.Subject.UserId.ToString("N"), world.Subject.Username };
        var failures = new List<string>();

        foreach (var row in Rows)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), world.Resolve(row.Url, actor));
                if (row.Body is not null) request.Content = await row.Body(world, actor);
                // Headers first: an event stream that was allowed never ends, so its body is not read.
                using var response = await world.ClientOf(actor).SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                var content = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync();
                // A problem's "instance" echoes the caller's own request path: that is not data the answer reveals.
                var body = content.Replace(request.RequestUri!.AbsolutePath, "", StringComparison.Ordinal);
                var (expected, actual) = (row.ExpectedFor(actor), (int)response.StatusCode);
                if (actual != expected)
                    failures.Add($"{row} as {actor}: expected {expected}, got {actual}: {body[..Math.Min(body.Length, 300)]}");
                if (!row.MayShow(actor) && subjectMarks.FirstOrDefault(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)) is { } leaked)
                    failures.Add($"{row} as {actor}: the answer shows U's '{leaked}'");
                if (actual is 401 or 403 or 404 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add($"{row} as {actor}: a {actual} must be a problem+json, was {response.Content.Headers.ContentType}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} cells differ:\n" + string.Join("\n", failures));
    }

    /// <summary>A row's URL with every {token} as a route parameter, for comparing with the mapped endpoints.</summary>
    private static string Templated(string url) => System.Text.RegularExpressions.Regex.Replace(url, @"\{[A-Za-z]+\}", "{x}");
}
