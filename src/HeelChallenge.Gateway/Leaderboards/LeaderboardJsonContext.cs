using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>
/// Source-generated writers for the leaderboard responses (web defaults: camelCase; nulls as their attributes say).
/// Boards are the most read documents of the API: this serializes them without reflection-based metadata.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LeaderboardResponse))]
internal sealed partial class LeaderboardJsonContext : JsonSerializerContext;
