using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>
/// Traces and metrics of ASP.NET Core, Orleans and our own sources; exported over OTLP only when an endpoint is
/// configured (OTEL_EXPORTER_OTLP_ENDPOINT or Telemetry:OtlpEndpoint). Logging:Json=true switches the console to JSON.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "heelchallenge";
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "HeelChallenge"];
    public static readonly string[] Meters = ["Microsoft.Orleans", "HeelChallenge", "HeelChallenge.EventStore"];

    public static IHostApplicationBuilder AddGatewayTelemetry(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Logging:Json", false))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(ActivitySources))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(Meters));

        var configured = builder.Configuration["Telemetry:OtlpEndpoint"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, new Uri(configured));
        }
        else if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // The exporter reads OTEL_EXPORTER_OTLP_* (endpoint, protocol, headers) itself.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
