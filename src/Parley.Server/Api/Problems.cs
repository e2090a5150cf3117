using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Parley.Server.Api;

/// <summary>The RFC 7807 answers the endpoints give for what a client can fix.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some parameters of the request are not valid",
            detail: string.Join(" ", errors.Values.SelectMany(v => v)));

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
