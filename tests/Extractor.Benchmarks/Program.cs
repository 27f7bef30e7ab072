Console.Error.WriteLine("benchmarks: not yet written (issue 8)"); return 2;
