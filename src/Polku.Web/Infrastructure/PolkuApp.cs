using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Components;
using Polku.Web.Features;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;
using Polku.Web.Infrastructure.Operations;
using Scalar.AspNetCore;

namespace Polku.Web.Infrastructure;

/// <summary>How the host is put together: services first, then the request pipeline.</summary>
public static class PolkuApp
{
    public static WebApplicationBuilder AddPolku(this WebApplicationBuilder builder)
    {
        // Serve the framework's and packages' files from their build locations in every environment
        // (tests, a non-development run from source); a published app has no manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddPolkuDatabase(sp => sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => TimeZoneInfo.FindSystemTimeZoneById(
            sp.GetRequiredService<IConfiguration>()["Polku:TimeZone"] ?? "Europe/Helsinki"));
        services.AddSingleton<Format>();
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<ClientAccess>();
        services.AddScoped<Documents.DocumentArchive>();
        services.AddScoped<DemoData>();
        services.AddSingleton<Clock>();
        services.AddSingleton<ReferenceCache>();
        services.AddFeatures();

        services.AddPolkuAuthentication(builder.Configuration);
        services.AddActionAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddDataProtection().SetApplicationName("Polku").PersistKeysToDbContext<PolkuDbContext>();
        services.AddPolkuLocalization();
        services.AddRazorComponents();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemLanguage.Localize);
        services.AddExceptionHandler<BadRequestHandler>();
        // Unreadable input throws in every environment (by default only in Development), so BadRequestHandler can name the field.
        services.PostConfigure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.ConfigureHttpJsonOptions(options =>
            // Enum values by name only: a number would store a value no list or text knows.
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false)));
        return builder;
    }

    public static WebApplication UsePolku(this WebApplication app)
    {
        // API callers get problem details; people get a page in their language. Neither sees a stack trace.
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), ui => ui
            .UseExceptionHandler("/error", createScopeForErrors: true)
            .UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Routing after the error handlers, so their re-executed requests find the error pages.
        app.UseRouting();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseNulCharacterGuard();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(options => options.WithTitle("Polku API").DisableDefaultFonts()).AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapFeatures();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
