using System.Numerics;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// An exact sum of set credits. A slot's credit is (sum of its counted amounts) / (prescribed amount), so the sum
/// is kept as one numerator per prescribed amount and only rounded when shown: adherence never drifts with the
/// order of additions, and a value exactly on .05 always rounds the same way (half away from zero).
/// </summary>
internal sealed class Credit
{
    // Prescribed amount (the denominator) -> sum of counted amounts (the numerator).
    private readonly Dictionary<int, long> _byPrescribed = [];

    public bool IsZero => _byPrescribed.Values.All(n => n == 0);

    public void Add(long countedAmount, int prescribedAmount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(prescribedAmount);
        _byPrescribed[prescribedAmount] = _byPrescribed.GetValueOrDefault(prescribedAmount) + countedAmount;
    }

    public void Add(Credit other)
    {
        foreach (var (prescribed, counted) in other._byPrescribed) Add(counted, prescribed);
    }

    /// <summary>The credit itself, rounded to <paramref name="decimals"/> places.</summary>
    public decimal Round(int decimals) => Ratio(1, 1, decimals);

    /// <summary>100 × credit ÷ <paramref name="prescribedSets"/>, rounded to one decimal; 0 when nothing was prescribed.</summary>
    public decimal PercentOf(long prescribedSets) => prescribedSets <= 0 ? 0m : Ratio(100, prescribedSets, 1);

    private decimal Ratio(long multiplier, long divisor, int decimals)
    {
        BigInteger common = 1;
        foreach (var prescribed in _byPrescribed.Keys) common = common / BigInteger.GreatestCommonDivisor(common, prescribed) * prescribed;
        BigInteger numerator = 0;
        foreach (var (prescribed, counted) in _byPrescribed) numerator += counted * (common / prescribed);

        var scale = BigInteger.Pow(10, decimals);
        var denominator = common * divisor;
        // floor(x + 1/2) for x = numerator * multiplier * scale / denominator >= 0: half away from zero.
        var rounded = (2 * numerator * multiplier * scale + denominator) / (2 * denominator);
        return (decimal)rounded / (decimal)scale;
    }
}
