using System.Reflection;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Consistency;

/// <summary>Checks by reflection the rules of docs/architecture.md: stage namespaces, sealed immutable domain types, one-way dependencies.</summary>
public class ArchitectureTests
{
    private static readonly string[] Stages = ["Ingest", "Text", "Stories", "Recognition", "Assertions", "Clustering", "Comparison", "Reporting"];

    private static readonly Type[] PublicTypes = typeof(ConsistencyPipeline).Assembly.GetExportedTypes();

    private static int StageOf(Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        for (var i = 0; i < Stages.Length; i++)
        {
            if (ns == $"ConsistencyCheck.{Stages[i]}" || ns.StartsWith($"ConsistencyCheck.{Stages[i]}.", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    [Test]
    public void Every_public_type_lives_in_a_stage_namespace_or_is_the_front_door()
    {
        PublicTypes.Where(t => StageOf(t) < 0 && t.Namespace != "ConsistencyCheck")
            .Should().BeEmpty();
        PublicTypes.Where(t => t.Namespace == "ConsistencyCheck")
            .Should().OnlyContain(t => t.Name.StartsWith("Consistency", StringComparison.Ordinal) || t.Name.EndsWith("Registration", StringComparison.Ordinal) || t.Name.EndsWith("Extensions", StringComparison.Ordinal));
    }

    [Test]
    public void Public_records_and_classes_are_sealed_or_abstract()
    {
        PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Should().BeEmpty();
    }

    [Test]
    public void Domain_types_have_no_public_setters()
    {
        var offenders = PublicTypes
            .Where(t => StageOf(t) >= 0)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } s && !s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => $"{t.Name}.{p.Name}"));
        offenders.Should().BeEmpty();
    }

    [Test]
    public void No_public_signature_refers_to_a_later_stage()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            var stage = StageOf(type);
            if (stage < 0)
            {
                continue;
            }

            foreach (var used in SignatureTypes(type))
            {
                // SourceSpan is the one shared primitive: a document marks its boilerplate with positions before any
                // text processing runs, so Ingest may use it (docs/architecture.md).
                var usedStage = StageOf(used);
                if (usedStage > stage && used != typeof(ConsistencyCheck.Text.SourceSpan))
                {
                    offenders.Add($"{type.FullName} uses {used.FullName}");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        if (type.BaseType is { } b)
        {
            types.Add(b);
        }

        foreach (var member in type.GetMembers(flags))
        {
            switch (member)
            {
                case MethodBase method:
                    types.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    if (method is MethodInfo m)
                    {
                        types.Add(m.ReturnType);
                    }

                    break;
                case PropertyInfo property:
                    types.Add(property.PropertyType);
                    break;
                case FieldInfo field:
                    types.Add(field.FieldType);
                    break;
            }
        }

        return types.SelectMany(Expand).Distinct();
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            return Expand(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Expand).Prepend(type) : [type];
    }
}
