using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Polku.Web.Infrastructure;

/// <summary>
/// A query compiled once per model with <c>EF.CompileAsyncQuery</c>, for the reads every client page makes: it skips
/// building, translating and looking up the expression on each call. EF Core binds a compiled query to the model it
/// first ran on, so each model (SQLite, PostgreSQL — the tests run both in one process) gets its own.
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile)
    where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> compiled = [];

    public TDelegate For(DbContext db)
    {
        var model = db.Model;
        return compiled.TryGetValue(model, out var query) ? query : compiled.GetValue(model, _ => compile());
    }
}
