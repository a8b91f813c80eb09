using System.Numerics;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// Exact credit arithmetic. A slot's credit is (sum of its counted amounts) / (prescribed amount); credits of
/// slots with different prescriptions are added as whole numbers of 1/L credit, where L is the least common
/// multiple of the prescribed amounts, and only rounded when shown. So adherence never drifts with the order of
/// additions, and a value exactly on a midpoint (1.25 %) always rounds the same way: half away from zero.
/// </summary>
internal sealed class CreditScale
{
    private readonly BigInteger _unit;
    private readonly BigInteger[] _weights;

    /// <param name="prescribedAmounts">The prescribed amount of each slot (all at least 1), in slot order.</param>
    public CreditScale(IReadOnlyList<int> prescribedAmounts)
    {
        BigInteger unit = 1;
        foreach (var amount in prescribedAmounts)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
            unit = unit / BigInteger.GreatestCommonDivisor(unit, amount) * amount;
        }

        _unit = unit;
        _weights = prescribedAmounts.Select(a => unit / a).ToArray();
    }

    /// <summary>The credit of <paramref name="countedAmount"/> in slot <paramref name="slot"/>, in units of 1/L.</summary>
    public BigInteger Units(int slot, long countedAmount) => countedAmount * _weights[slot];

    /// <summary>units/L × <paramref name="multiplier"/> ÷ <paramref name="divisor"/>, rounded to <paramref name="decimals"/> places.</summary>
    public decimal Round(BigInteger units, long multiplier, long divisor, int decimals)
    {
        if (divisor <= 0 || units.IsZero) return 0m;
        var scale = BigInteger.Pow(10, decimals);
        var denominator = _unit * divisor;
        // floor(x + 1/2) for x >= 0 is x rounded half away from zero.
        var rounded = (2 * units * multiplier * scale + denominator) / (2 * denominator);
        return (decimal)rounded / (decimal)scale;
    }

    /// <summary>One slot's credit, counted ÷ prescribed, rounded to <paramref name="decimals"/> places (half away from zero).</summary>
    public static decimal Round(long countedAmount, int prescribedAmount, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(prescribedAmount);
        var scale = decimals switch { 0 => 1L, 1 => 10L, 2 => 100L, _ => (long)Math.Pow(10, decimals) };
        return (2 * countedAmount * scale + prescribedAmount) / (2L * prescribedAmount) / (decimal)scale;
    }
}
