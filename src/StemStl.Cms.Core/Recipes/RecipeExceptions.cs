namespace StemStl.Cms.Recipes;

/// <summary>Thrown by a step at run time when an operation it asked for was refused; carries where in the step and why.</summary>
internal sealed class RecipeStepException : Exception
{
    public RecipeStepException(IReadOnlyList<(string Path, string Message)> problems)
        : base(string.Join("; ", problems.Select(p => string.IsNullOrEmpty(p.Path) ? p.Message : $"{p.Path}: {p.Message}")))
    {
        Problems = problems;
    }

    public RecipeStepException(string path, string message)
        : this([(path, message)])
    {
    }

    public RecipeStepException()
        : this("", "the step failed")
    {
    }

    public RecipeStepException(string message)
        : this("", message)
    {
    }

    public RecipeStepException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [("", message)];
    }

    public IReadOnlyList<(string Path, string Message)> Problems { get; }
}

/// <summary>Ends a recipe run: the transaction is rolled back and these errors are the result.</summary>
internal sealed class RecipeFailedException : Exception
{
    public RecipeFailedException(IReadOnlyList<RecipeError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public RecipeFailedException()
        : this([])
    {
    }

    public RecipeFailedException(string message)
        : base(message)
    {
        Errors = [];
    }

    public RecipeFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<RecipeError> Errors { get; }
}
