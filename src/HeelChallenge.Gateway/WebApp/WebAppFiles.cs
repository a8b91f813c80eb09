using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace HeelChallenge.Gateway.WebApp;

/// <summary>
/// Serves the web app (wwwroot, copied next to the binaries) at "/". Runs before authentication and authorization
/// on purpose: the fallback policy demands a bearer token on every path, and a browser cannot send one for the page
/// that is about to sign it in. So the page and its assets are anonymous; every /api call the page makes is not.
/// </summary>
public static class WebAppFiles
{
    /// <summary>Same-origin only: the app fetches nothing from anywhere else, and no inline script or style runs.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    public static WebApplication UseWebApp(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(root)) return app; // a build without the web app (e.g. a test host) still serves the API

        var files = new PhysicalFileProvider(root);

        // API paths are never files: without this branch every API GET cost a directory lookup on disk (default files).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), web => web
            .UseDefaultFiles(new DefaultFilesOptions { FileProvider = files })
            .UseStaticFiles(Options(files)));
        return app;
    }

    private static StaticFileOptions Options(PhysicalFileProvider files) =>
        new()
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // Revalidate every time (ETag/Last-Modified make that a 304): no build step means no hashed names.
                headers.CacheControl = "no-cache";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            },
        };
}
