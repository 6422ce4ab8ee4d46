using BenchmarkDotNet.Running;
using ConsistencyCheck.Benchmarks.Corpus;

if (args.Length > 0 && CorpusCommands.Names.Contains(args[0]))
{
    return await CorpusCommands.RunAsync(args);
}

if (args is ["syntax", ..])
{
    return await ConsistencyCheck.Benchmarks.Syntax.SyntaxCommand.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
