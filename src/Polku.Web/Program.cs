using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Operations;

// `dotnet run --project src/Polku.Web` serves Polku; `... -- create-admin --user-name ...` runs a verb instead.
var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
var builder = WebApplication.CreateBuilder(verb is null ? args : []);
builder.AddPolku();
var app = builder.Build();

switch (verb)
{
    case null:
        break;
    case "create-admin":
        return await CreateAdminCommand.RunAsync(app.Services, args[1..], Console.In, Console.Out);
    case "import-code-list":
        return await ImportCodeListCommand.RunAsync(app.Services, args[1..], Console.Out);
    default:
        Console.Error.WriteLine($"Unknown command '{verb}'.\n{CreateAdminCommand.Usage}\n{ImportCodeListCommand.Usage}");
        return 2;
}

app.UsePolku();
await app.PrepareDatabaseAsync();
app.PrintBanner();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
