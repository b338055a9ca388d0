using NewsFrames.Cli;

return await NewsFramesCommand.RunAsync(args);
