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
/// <remarks>
/// Without an exporter nobody reads a span, yet recording them cost the ingest path a tenth of its allocations
/// (three activities per request, their tags, the trace context copied into every grain call). So then the tracer
/// samples only requests whose caller asked for it (a sampled W3C traceparent) and listens to ASP.NET Core alone;
/// the host adds Orleans' grain-call activity propagation only when <see cref="IsExporting"/>.
/// </remarks>
public static class TelemetrySetup
{
    public const string ServiceName = "heelchallenge";
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "HeelChallenge"];
    public static readonly string[] Meters = ["Microsoft.Orleans", "HeelChallenge", "HeelChallenge.EventStore"];

    /// <summary>True when an OTLP endpoint is configured, i.e. when spans leave the process.</summary>
    public static bool IsExporting(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telemetry:OtlpEndpoint"])
        || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

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

        var exporting = IsExporting(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation();
                if (exporting)
                {
                    tracing.AddSource(ActivitySources);
                }
                else
                {
                    tracing.SetSampler(new ParentBasedSampler(new AlwaysOffSampler()));
                }
            })
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(Meters));

        var configured = builder.Configuration["Telemetry:OtlpEndpoint"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, new Uri(configured));
        }
        else if (exporting)
        {
            // The exporter reads OTEL_EXPORTER_OTLP_* (endpoint, protocol, headers) itself.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
