package vn.reformdesk.cli;

import picocli.CommandLine;

/** Registers the subcommands of {@code reformdesk}. Each command adds one line here. */
final class Commands {
    private Commands() {}

    static void register(CommandLine cl) {
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new ReportCommand());
        cl.addSubcommand(new SampleCommand());
        cl.addSubcommand(new ExchangeCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new BackupCommand());
    }
}
