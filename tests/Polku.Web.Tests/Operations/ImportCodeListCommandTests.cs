using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Infrastructure.Operations;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>National code sets come in as data: the municipality list from a file, then offered on the client form.</summary>
public abstract class ImportCodeListCommandTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task A_municipality_file_becomes_the_list_the_client_form_offers()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A file made for this test, in the importer's format; the real one is Statistics Finland's.
            await File.WriteAllLinesAsync(file, ["code;fi;sv;en", "905;Vaasa;Vasa;", "499;Mustasaari;Korsholm;", "946;Vöyri;Vörå;"]);
            var output = new StringWriter();
            Assert.Equal(0, await ImportCodeListCommand.RunAsync(factory.Services, ["--list", "municipalities", "--file", file], output));
            Assert.Contains("3 values imported, 0 retired", output.ToString(), StringComparison.Ordinal);

            using var worker = await factory.ApiAsync("demo.sw", "sv");
            var list = await worker.GetFromJsonAsync<JsonElement>("/api/v1/code-lists/municipalities");
            Assert.Equal(["905", "499", "946"], list.EnumerateArray().Select(m => m.GetProperty("code").GetString()));

            using var browser = await factory.SignedInBrowserAsync("demo.sw", "sv");
            var form = TestClients.Text(await browser.GetStringAsync("/clients/new"));
            Assert.Contains("<option value=\"499\">Korsholm</option>", form);
            using var registered = await browser.SubmitFormAsync("/clients/new", "new-client", new Dictionary<string, string>
            {
                ["Input.BirthDate"] = "12.5.1990", ["Input.FirstNames"] = "Kommun", ["Input.LastName"] = "Testare", ["Input.Language"] = "sv", ["Input.Municipality"] = "499",
            });
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
            var page = TestClients.Text(await browser.GetStringAsync(registered.Headers.Location));
            Assert.Contains("<dd>Korsholm</dd>", page);

            // A later file renames and retires; nothing is deleted.
            await File.WriteAllLinesAsync(file, ["905;Vaasa;Vasa;Vaasa", "499;Mustasaari;Korsholm;Korsholm"]);
            output = new StringWriter();
            Assert.Equal(0, await ImportCodeListCommand.RunAsync(factory.Services, ["--list", "municipalities", "--file", file], output));
            Assert.Contains("2 values imported, 1 retired", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_bad_file_is_refused_line_by_line_and_nothing_is_imported()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, ["905;Vaasa;Vasa;", "bad code;X;;", "905;Twice;;", "091;\u202EHelsinki;;"]);
            var output = new StringWriter();
            Assert.Equal(1, await ImportCodeListCommand.RunAsync(factory.Services, ["--list", "languages", "--file", file], output));
            var text = output.ToString();
            Assert.Contains("line 2", text, StringComparison.Ordinal);
            Assert.Contains("line 3: code 905 appears twice", text, StringComparison.Ordinal);
            Assert.Contains("line 4", text, StringComparison.Ordinal);
            Assert.Equal(2, await ImportCodeListCommand.RunAsync(factory.Services, ["--list", "nonsense", "--file", file], new StringWriter()));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class ImportCodeListCommandTests_Sqlite(SqliteFactory factory) : ImportCodeListCommandTests<SqliteFactory>(factory);

public sealed class ImportCodeListCommandTests_Postgres(PostgresFactory factory) : ImportCodeListCommandTests<PostgresFactory>(factory);
