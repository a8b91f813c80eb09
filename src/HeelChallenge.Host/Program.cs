using HeelChallenge.Domain.Catalog;
using HeelChallenge.EventStore;
using HeelChallenge.Gateway;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Grains.Hosting;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Host;
using HeelChallenge.Host.Clustering;
using HeelChallenge.Host.Seeding;

// One process = one Orleans silo + the HTTP gateway. Verbs: run (default), rebuild (offline projection rebuild),
// seed (demo data into a running service).
var command = CommandLine.Parse(args);
if (command.Verb == CommandLine.Rebuild)
{
    return await BatchRuntime.RunWithoutPgoAsync(args) ?? await RebuildCommand.RunAsync(command.Arguments);
}

if (command.Verb == CommandLine.Seed)
{
    return await SeedCommand.RunAsync(command.Arguments);
}

if (command.Verb != CommandLine.Run)
{
    return CommandLine.PrintUsage(command);
}

// Content root = the binaries' folder (appsettings.json, seeds/), so the host runs from any working folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.Arguments, ContentRootPath = AppContext.BaseDirectory });
if (StartupInputs.TryLoad(builder.Configuration, "start") is not var (settings, catalog)) return 1;

builder.Services.AddSingleton(catalog);
builder.Services.AddConfiguredEventStore(settings);
builder.UseOrleans(silo =>
{
    silo.UseConfiguredClustering(settings);
    // Trace context travels into grain calls only when spans are exported (see TelemetrySetup).
    if (TelemetrySetup.IsExporting(builder.Configuration)) silo.AddActivityPropagation();
    silo.AddHeelChallengeGrains();
    silo.AddHeelChallengeProjections();
});
builder.AddHeelChallengeGateway();

// No "Server: Kestrel" on every response: it tells a scanner what to try and tells a client nothing.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

var app = builder.Build();
app.MapHeelChallengeGateway();
StartupLog.WhenReady(app, settings);
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
