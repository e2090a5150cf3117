using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Server.Tests;

/// <summary>
/// A fact that runs against each store. A test class whose store is not available here (PostgreSQL
/// without PARLEY_TEST_POSTGRES) has a static SkipReason, and its tests are reported as skipped with
/// that reason rather than passing silently.
/// </summary>
[XunitTestCaseDiscoverer("Parley.Server.Tests.StoreFactDiscoverer", "Parley.Server.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        var type = method.TestClass.Class.ToRuntimeType();
        var reason = type.GetProperty("SkipReason", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.FlattenHierarchy)
            ?.GetValue(null) as string;
        return reason is not null
            ? [new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, reason)]
            : [new XunitTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method)];
    }
}
