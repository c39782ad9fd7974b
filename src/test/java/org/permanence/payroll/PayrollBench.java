package org.permanence.payroll;

import org.permanence.payroll.export.EmployeeMonth;
import org.permanence.payroll.export.PayrollCsvExporter;
import org.permanence.payroll.export.PayrollMonth;
import org.permanence.payroll.export.PayrollXlsxExporter;
import org.permanence.payroll.rules.EmploymentContract;
import org.permanence.payroll.rules.HourClassifier;
import org.permanence.payroll.rules.PayrollRuleSet;
import org.permanence.payroll.rules.TimeKind;
import org.permanence.payroll.rules.TimePeriod;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times the payroll pipeline on a generated month: 1 000 employees (60 % full-time, the rest part-time), each with
 * every shift and absence of the whole weeks of March 2026 (fixed seed), then classification, CSV and XLSX exports.
 * Run by scripts/bench-payroll.sh under -Xmx512m. Prints wall time and the main thread's CPU time: on a machine
 * shared with other builds the first says what a user waits, the second what the code costs.
 */
public final class PayrollBench {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final long SEED = 119L;
    /** Local start and length in minutes of the generated shifts; the night crosses the March DST change. */
    private static final int[][] SHIFTS = {{7 * 60, 7 * 60}, {9 * 60, 8 * 60}, {14 * 60, 8 * 60}, {21 * 60, 10 * 60}};

    private PayrollBench() {
    }

    public static void main(String[] args) throws IOException {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path outputDir = Path.of(args.length > 1 ? args[1] : "target/bench-payroll");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Files.createDirectories(outputDir);
        PayrollRuleSet rules = PayrollRuleSet.frenchLabourCodeDefaults();
        HourClassifier classifier = new HourClassifier(rules, PARIS);

        List<Employee> staff = generate(employees, classifier);
        int entries = staff.stream().mapToInt(e -> e.periods.size()).sum();
        System.out.printf("Payroll benchmark: %d employees, %d time entries, month %s, max heap %d MB%n",
                employees, entries, MONTH, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("| run  | step           | wall (ms) | CPU (ms) | output      |");
        System.out.println("|------|----------------|----------:|---------:|-------------|");
        for (int run = 1; run <= rounds; run++) {
            runOnce(run == 1 ? "cold" : "warm", staff, rules, classifier, outputDir);
        }
        System.out.printf("Load average at the end: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("Peak heap used (sum of pool peaks, an upper bound): %d MB%n", peakHeapMegabytes());
    }

    private static void runOnce(String label, List<Employee> staff, PayrollRuleSet rules, HourClassifier classifier,
                                Path outputDir) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        List<EmployeeMonth> classified = new ArrayList<>(staff.size());
        for (Employee employee : staff) {
            classified.add(new EmployeeMonth(employee.payrollNumber, employee.name,
                    classifier.classify(employee.contract, MONTH, employee.periods)));
        }
        PayrollMonth month = new PayrollMonth(MONTH, rules, true, classified);
        long classifiedAt = System.nanoTime();
        long classifiedCpu = threads.getCurrentThreadCpuTime();

        Path csv = outputDir.resolve("payroll-" + MONTH + ".csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv))) {
            PayrollCsvExporter.withDefaults().write(month, out);
        }
        long csvAt = System.nanoTime();
        long csvCpu = threads.getCurrentThreadCpuTime();

        Path xlsx = outputDir.resolve("payroll-" + MONTH + ".xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xlsx))) {
            new PayrollXlsxExporter().write(month, out);
        }
        long xlsxAt = System.nanoTime();
        long xlsxCpu = threads.getCurrentThreadCpuTime();

        System.out.printf("| %s | classification | %9d | %8d | %6d rows |%n", label, millis(start, classifiedAt),
                millis(startCpu, classifiedCpu), classified.stream().mapToInt(e -> e.hours().details().size()).sum());
        System.out.printf("| %s | CSV export     | %9d | %8d | %6d KB   |%n", label, millis(classifiedAt, csvAt),
                millis(classifiedCpu, csvCpu), Files.size(csv) / 1024);
        System.out.printf("| %s | XLSX export    | %9d | %8d | %6d KB   |%n", label, millis(csvAt, xlsxAt),
                millis(csvCpu, xlsxCpu), Files.size(xlsx) / 1024);
        System.out.printf("| %s | total          | %9d | %8d |             |%n", label, millis(start, xlsxAt),
                millis(startCpu, xlsxCpu));
    }

    private record Employee(String payrollNumber, String name, EmploymentContract contract, List<TimePeriod> periods) {
    }

    private static List<Employee> generate(int count, HourClassifier classifier) {
        Random random = new Random(SEED);
        HourClassifier.TimeWindow window = classifier.inputWindow(MONTH);
        LocalDate firstDay = window.start().atZone(PARIS).toLocalDate();
        LocalDate endDay = window.end().atZone(PARIS).toLocalDate();
        long[] partTimeHours = {24, 28, 30};
        List<Employee> staff = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean partTime = random.nextInt(10) >= 6;
            long weeklyHours = partTime ? partTimeHours[random.nextInt(partTimeHours.length)] : 35;
            List<TimePeriod> periods = new ArrayList<>();
            for (LocalDate day = firstDay; day.isBefore(endDay); day = day.plusDays(1)) {
                int draw = random.nextInt(100);
                int workPercent = partTime ? 55 : 72;
                if (draw >= workPercent + 4) {
                    continue;
                }
                int[] shift = SHIFTS[random.nextInt(SHIFTS.length)];
                var start = day.atTime(LocalTime.MIN.plusMinutes(shift[0])).atZone(PARIS).toInstant();
                var end = day.atTime(LocalTime.MIN.plusMinutes(shift[0])).plusMinutes(shift[1]).atZone(PARIS).toInstant();
                TimeKind kind = draw < workPercent ? TimeKind.WORKED
                        : draw < workPercent + 2 ? TimeKind.PAID_LEAVE : TimeKind.SICKNESS;
                periods.add(new TimePeriod(start, end, kind));
            }
            staff.add(new Employee(String.format("M%05d", i + 1), "Employee " + (i + 1),
                    EmploymentContract.weeklyHours(weeklyHours), periods));
        }
        return staff;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
