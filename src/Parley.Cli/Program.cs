using Parley.Cli;

return ParleyApp.Run(ConsoleStreams.System(), args);
