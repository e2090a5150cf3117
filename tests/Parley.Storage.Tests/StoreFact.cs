using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Storage.Tests;

/// <summary>
/// A fact of the shared store suite. It runs in every store's test class, except that a class
/// whose store is not available here (PostgreSQL without PARLEY_TEST_POSTGRES) reports each test
/// as skipped with the reason, rather than passing silently.
/// </summary>
[XunitTestCaseDiscoverer("Parley.Storage.Tests.StoreFactDiscoverer", "Parley.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>A store test class that may be unavailable says why through a static SkipReason.</summary>
public interface IMayBeUnavailable;

public sealed class StoreFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        var type = method.TestClass.Class.ToRuntimeType();
        var reason = type.GetProperty("SkipReason", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.FlattenHierarchy)
            ?.GetValue(null) as string;
        if (reason is not null)
            return [new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, reason)];
        return [new XunitTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method)];
    }
}
