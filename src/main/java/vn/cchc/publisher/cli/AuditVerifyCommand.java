package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.LedgerCheck;

/** {@code audit verify}: walks the ledger's hash chain and names the first broken row. */
@Component
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Walks the audit ledger from its first row and checks every row's hash and its link to the row",
            "before. Exits 0 and prints the number of rows and the last hash (keep it: rows removed from the",
            "end can only be noticed against it), or exits 1 naming the first row edited, deleted or moved."
        })
class AuditVerifyCommand implements Callable<Integer> {

    private final AuditLedger ledger;

    @Spec
    CommandSpec spec;

    AuditVerifyCommand(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LedgerCheck check = ledger.verify();
        if (check instanceof LedgerCheck.Intact intact) {
            out.printf("Sổ nhật ký toàn vẹn: %d dòng%n", intact.rows());
            out.printf("Mã băm cuối: %s%n", intact.lastHash());
            out.flush();
            return 0;
        }
        LedgerCheck.Broken broken = (LedgerCheck.Broken) check;
        spec.commandLine().getErr().println(broken.reasonVi());
        spec.commandLine().getErr().flush();
        return 1;
    }
}
