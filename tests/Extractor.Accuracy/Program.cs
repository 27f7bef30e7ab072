Console.Error.WriteLine("accuracy runner: not yet written (issue 4)"); return 2;
