namespace HeelChallenge.Gateway.Tests.Security;

/// <summary>
/// One row of the authorization matrix: a request (URL template resolved per actor, see <see cref="MatrixWorld.Resolve"/>),
/// the expected status for each <see cref="Actor"/> in column order, the body to send, and who may see U's data in the
/// answer (U alone unless said otherwise).
/// </summary>
public sealed record MatrixRow(
    string Method,
    string Url,
    string Expected,
    Func<MatrixWorld, Actor, Task<HttpContent>>? Body = null,
    Actor[]? MayShowSubject = null)
{
    public int ExpectedFor(Actor actor) => int.Parse(Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)[(int)actor], null);

    public bool MayShow(Actor actor) => actor == Actor.User || (MayShowSubject?.Contains(actor) ?? false);

    public override string ToString() => $"{Method} {Url}";
}
