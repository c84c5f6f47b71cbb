using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>
/// A front end's list reads one page from the top of an index in list order; it never sorts every version of the type
/// first. The SQL each query ran is taken from the host and SQLite is asked how it would run it.
/// </summary>
public sealed class GraphQLListPlanTests(ArticleHost articles) : IClassFixture<ArticleHost>
{
    [Theory]
    [InlineData("article(first: 20, orderBy: [{ publishedUtc: DESC }])", "IX_ContentItems_Published_ByPublishedUtc")]
    [InlineData("article(first: 20)", "IX_ContentItems_Published_ByModifiedUtc")]
    [InlineData("article(first: 20, status: LATEST)", "IX_ContentItems_Latest_ByModifiedUtc")]
    public async Task APageOfOneType_IsReadInIndexOrder_WithoutSortingTheType(string list, string index)
    {
        var (_, commands) = list.Contains("LATEST", StringComparison.Ordinal)
            ? await ProbeAsAdminAsync(list)
            : await articles.Factory.ProbeSqlAsync($"{{ {list} {{ displayText }} }}", []);
        var select = Assert.Single(commands, c => c.Contains("FROM \"ContentItems\"", StringComparison.Ordinal) && c.Contains("ORDER BY", StringComparison.Ordinal));

        var plan = await PlanAsync(select);

        Assert.True(plan.Any(step => step.Contains(index, StringComparison.Ordinal)), $"expected {index}:\n{string.Join('\n', plan)}\n{select}");
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private async Task<(JsonObject Body, IReadOnlyList<string> Commands)> ProbeAsAdminAsync(string list)
    {
        // Drafts need Preview: the probe runs as the administrator, through the same counter.
        using var admin = await articles.Factory.AdminClientAsync();
        return await articles.Factory.ProbeSqlAsync(admin, $"{{ {list} {{ displayText }} }}", []);
    }

    /// <summary>SQLite's plan for <paramref name="sql"/>; parameters left unbound do not change which index it picks.</summary>
    private async Task<IReadOnlyList<string>> PlanAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(articles.Factory.Folder, "stemstl.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            steps.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return steps;
    }
}
