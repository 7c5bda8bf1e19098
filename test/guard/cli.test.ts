import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { GUARD_EXIT_CODES, GUARD_USAGE, parseGuardArguments, runGuard } from "../../lib/guard/cli";
import { fixturePath, memoryIo } from "./guard-support";

const BIN = path.join(__dirname, "..", "..", "bin", "hbr-guard");

function run(...argv: string[]) {
  const io = memoryIo();
  const code = runGuard(argv, io);
  return { code, out: io.out, err: io.err };
}

describe("runGuard", () => {
  test("a clean plan exits 0 with the report on stdout and nothing on stderr", () => {
    const { code, out, err } = run(fixturePath("clean.plan.json"));
    expect(code).toBe(GUARD_EXIT_CODES.CLEAN);
    expect(out).toContain("Result: no findings");
    expect(err).toBe("");
  });

  test("a plan with findings exits 1", () => {
    const { code, out } = run(fixturePath("delete-vault.plan.json"));
    expect(code).toBe(GUARD_EXIT_CODES.FINDINGS);
    expect(out).toContain("HBR011");
  });

  test("--allow-delete (also as --allow-delete=<address>) lets that deletion pass", () => {
    expect(run(fixturePath("delete-vault.plan.json"), "--allow-delete", "alicloud_hbr_vault.old").code).toBe(GUARD_EXIT_CODES.CLEAN);
    expect(run("--allow-delete=alicloud_hbr_vault.old", fixturePath("delete-vault.plan.json")).code).toBe(GUARD_EXIT_CODES.CLEAN);
  });

  test("--allow-replace lets a replacement pass; --allow-delete does not", () => {
    expect(run(fixturePath("replace-mirror.plan.json"), "--allow-replace", "alicloud_hbr_replication_vault.mirror").code).toBe(GUARD_EXIT_CODES.CLEAN);
    expect(run(fixturePath("replace-mirror.plan.json"), "--allow-delete", "alicloud_hbr_replication_vault.mirror").code).toBe(GUARD_EXIT_CODES.FINDINGS);
  });

  test("several plans are checked together, and the report names them", () => {
    const { code, out } = run(fixturePath("multi-sources.plan.json"), fixturePath("multi-mirrors.plan.json"));
    expect(code).toBe(GUARD_EXIT_CODES.FINDINGS);
    expect(out).toContain("at   multi-sources.plan.json:alicloud_hbr_vault.Backups_9A29A52D");
    expect(out).toContain("checked 2 plans");
  });

  test.each([
    ["empty.json", "the file is empty"],
    ["truncated.json", "not JSON ("],
    ["wrong-types.json", "resource_changes is an object, expected an array"],
    ["missing-keys.json", "no format_version"],
    ["wrong-major.json", "major version 2"],
    ["state-not-plan.json", "a state, not a plan"],
    ["no-such-file.json", "no such file"],
  ])("%s exits 2 with a one-line reason on stderr and no report", (file, reason) => {
    const { code, out, err } = run(fixturePath(file));
    expect(code).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(out).toBe("");
    expect(err).toContain(`${fixturePath(file)}: not a plan: `);
    expect(err).toContain(reason);
    expect(err.trimEnd().split("\n")).toHaveLength(1);
  });

  test("a plan saved as UTF-16 with a byte-order mark (PowerShell 5.1) or as UTF-8 with one is checked", () => {
    const text = fs.readFileSync(fixturePath("delete-vault.plan.json"), "utf8");
    const files = {
      "utf16.json": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      "bom.json": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
    };
    for (const file of Object.keys(files)) {
      const io = memoryIo(files);
      expect(runGuard([file], io)).toBe(GUARD_EXIT_CODES.FINDINGS);
      expect(io.err).toBe("");
      expect(io.out).toContain("ERROR HBR011 ");
    }
  });

  test("a file in another encoding exits 2 with one printable line that names the encoding problem", () => {
    const text = fs.readFileSync(fixturePath("delete-vault.plan.json"), "utf8");
    const io = memoryIo({ "utf16-no-bom.json": Buffer.from(text, "utf16le") });
    expect(runGuard(["utf16-no-bom.json"], io)).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(io.err).toMatch(/^hbr-guard: utf16-no-bom\.json: not a plan: the file looks like UTF-16 text without a byte-order mark; save it as UTF-8/);
    // eslint-disable-next-line no-control-regex
    expect(io.err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  test("JSON with NUL and CR bytes in it gives a reason without them", () => {
    const io = memoryIo({ "nul.json": Buffer.from('{"format_version":\u0000\r"1.2"}') });
    expect(runGuard(["nul.json"], io)).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(io.err).toMatch(/^hbr-guard: nul\.json: not a plan: not JSON \(/);
    // eslint-disable-next-line no-control-regex
    expect(io.err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  test("a directory exits 2", () => {
    expect(run(__dirname).err).toContain("not a plan: is a directory");
  });

  test("one unreadable plan among good ones exits 2: a partial check must not pass", () => {
    const { code, out } = run(fixturePath("clean.plan.json"), fixturePath("truncated.json"));
    expect(code).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(out).toBe("");
  });

  test("a vault entry the guard cannot read exits 2 with one line naming it, even beside a readable plan", () => {
    const files = {
      "unreadable.json": JSON.stringify({
        format_version: "1.2",
        resource_changes: [{ address: "alicloud_hbr_vault.old", mode: "managed", type: "alicloud_hbr_vault", change: { actions: ["destroy"] } }],
      }),
    };
    const io = memoryIo(files);
    expect(runGuard([fixturePath("clean.plan.json"), "unreadable.json"], io)).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(io.out).toBe("");
    expect(io.err).toBe(
      'hbr-guard: unreadable.json: not a plan: alicloud_hbr_vault.old: change.actions is ["destroy"], not a list of known actions (no-op, create, read, update, delete, forget)\n',
    );
  });

  test("an unreadable entry of a type the guard does not check is only a note: exit 0", () => {
    const files = {
      "other.json": JSON.stringify({ format_version: "1.2", resource_changes: [{ address: 7, type: "alicloud_oss_bucket", change: { actions: ["destroy"] } }] }),
    };
    const io = memoryIo(files);
    expect(runGuard(["other.json"], io)).toBe(GUARD_EXIT_CODES.CLEAN);
    expect(io.out).toContain("  - resource_changes[0] has no address: skipped.");
  });

  test("- reads the plan from standard input", () => {
    const io = memoryIo({}, fs.readFileSync(fixturePath("delete-vault.plan.json"), "utf8"));
    expect(runGuard(["--format", "json", "-"], io)).toBe(GUARD_EXIT_CODES.FINDINGS);
    expect(JSON.parse(io.out).findings.map((f: { code: string; address: string }) => `${f.code} ${f.address}`)).toEqual(["HBR011 alicloud_hbr_vault.old"]);
    expect(io.stdinReads).toBe(1);
  });

  test("standard input that is not a plan is named stdin in the one-line reason", () => {
    const io = memoryIo({}, "");
    expect(runGuard(["-"], io)).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(io.err).toBe("hbr-guard: stdin: not a plan: the file is empty\n");
  });

  test("- beside plan files is checked with them, labelled stdin", () => {
    const io = memoryIo({}, fs.readFileSync(fixturePath("delete-vault.plan.json"), "utf8"));
    expect(runGuard([fixturePath("clean.plan.json"), "-"], io)).toBe(GUARD_EXIT_CODES.FINDINGS);
    expect(io.out).toContain("at   stdin:alicloud_hbr_vault.old");
    expect(io.out).toContain("--allow-delete stdin:alicloud_hbr_vault.old.");
  });

  test("--format json writes JSON, --format github writes workflow commands", () => {
    expect(JSON.parse(run("--format", "json", fixturePath("delete-vault.plan.json")).out).result).toBe("fail");
    expect(run("--format=github", fixturePath("delete-vault.plan.json")).out).toMatch(/^::error title=HBR011 /);
  });

  test("warnings alone exit 0, and --strict makes them exit 1", () => {
    const files = {
      "same-region.json": JSON.stringify({
        format_version: "1.2",
        resource_changes: [
          { address: "alicloud_hbr_vault.s", type: "alicloud_hbr_vault", change: { actions: ["no-op"], before: { id: "v-s", region_id: "cn-hangzhou" }, after: { id: "v-s", region_id: "cn-hangzhou" } } },
          { address: "alicloud_hbr_replication_vault.m", type: "alicloud_hbr_replication_vault", change: { actions: ["create"], before: null, after: { vault_name: "m", region_id: "cn-hangzhou", replication_source_vault_id: "v-s" } } },
        ],
      }),
    };
    const lenient = memoryIo(files);
    expect(runGuard(["same-region.json"], lenient)).toBe(GUARD_EXIT_CODES.CLEAN);
    expect(lenient.out).toContain("WARNING HBR004");
    expect(runGuard(["--strict", "same-region.json"], memoryIo(files))).toBe(GUARD_EXIT_CODES.FINDINGS);
  });

  test("--help prints the usage and exits 0", () => {
    const { code, out } = run("--help");
    expect(code).toBe(GUARD_EXIT_CODES.CLEAN);
    expect(out).toBe(GUARD_USAGE);
  });

  test.each([
    [[], "no plan file given"],
    [["--format", "xml", "p.json"], "--format must be one of text, json, github"],
    [["--allow-delete"], "--allow-delete needs a resource address"],
    [["--mirror-quota", "0", "p.json"], "--mirror-quota needs a whole number of at least 1"],
    [["--verbose", "p.json"], "unknown option --verbose"],
    [["--strict=false", "p.json"], "--strict takes no value"],
    [["--strict=", "p.json"], "--strict takes no value"],
    [["--help=yes"], "--help takes no value"],
    [["-", "p.json", "-"], "- (standard input) may be given only once"],
  ])("the wrong usage %j exits 2 with %s", (argv, reason) => {
    const { code, err } = run(...(argv as string[]));
    expect(code).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(err).toBe(`hbr-guard: ${reason} (see hbr-guard --help)\n`);
  });

  test("--strict=false is refused rather than read as --strict, and no plan is read", () => {
    const io = memoryIo();
    expect(runGuard(["--strict=false", fixturePath("clean.plan.json")], io)).toBe(GUARD_EXIT_CODES.NOT_A_PLAN);
    expect(io.out).toBe("");
  });

  test("- is standard input, not a file named -, also after --", () => {
    expect(parseGuardArguments(["--", "-", "--strict"])).toEqual({ ok: true, args: expect.objectContaining({ files: ["-", "--strict"] }) });
    const io = memoryIo({ "-": "not read" }, fs.readFileSync(fixturePath("clean.plan.json"), "utf8"));
    expect(runGuard(["-"], io)).toBe(GUARD_EXIT_CODES.CLEAN);
    expect(io.stdinReads).toBe(1);
  });

  test("arguments after -- are files even when they look like options", () => {
    const parsed = parseGuardArguments(["--allow-replace", "a.b", "--", "--strict"]);
    expect(parsed).toEqual({ ok: true, args: expect.objectContaining({ files: ["--strict"], strict: false, options: expect.objectContaining({ allowReplace: ["a.b"] }) }) });
  });
});

describe("the hbr-guard bin", () => {
  const spawnBin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60000 });

  test("exits 0 on a clean plan", () => {
    const child = spawnBin(fixturePath("clean.plan.json"));
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toContain("Result: no findings");
  });

  test("exits 1 on a plan with findings", () => {
    const child = spawnBin("--format", "json", fixturePath("second-mirror.plan.json"));
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout).findings.map((f: { code: string }) => f.code)).toEqual(["HBR001"]);
  });

  test("reads a plan piped into - (terraform show -json plan.tfplan | hbr-guard -)", () => {
    const child = spawnSync(process.execPath, [BIN, "-"], { encoding: "utf8", timeout: 60000, input: fs.readFileSync(fixturePath("delete-vault.plan.json"), "utf8") });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(1);
    expect(child.stdout).toContain("ERROR HBR011 ");
  });

  test("reads a plan of several MiB from a producer that starts late and writes slowly in chunks, as terraform show does", () => {
    // Other resources pad the plan to several MiB; the deletion of a vault must still be found.
    const plan = JSON.parse(fs.readFileSync(fixturePath("delete-vault.plan.json"), "utf8"));
    for (let i = 0; i < 25000; i++) {
      plan.resource_changes.push({ address: `alicloud_oss_bucket.b${i}`, mode: "managed", type: "alicloud_oss_bucket", name: `b${i}`, change: { actions: ["no-op"], before: { bucket: `bucket-${i}`, acl: "private" }, after: { bucket: `bucket-${i}`, acl: "private" } } });
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hbr-guard-pipe-"));
    const file = path.join(dir, "plan.json");
    fs.writeFileSync(file, JSON.stringify(plan));
    expect(fs.statSync(file).size).toBeGreaterThan(4 * 2 ** 20);
    // Waits until the guard has surely started reading, then writes eight chunks 150 ms apart.
    const producer = path.join(dir, "producer.js");
    fs.writeFileSync(
      producer,
      `const data = require("fs").readFileSync(process.argv[2]);
       const step = Math.ceil(data.length / 8);
       let at = 0;
       const next = () => { if (at >= data.length) return; const chunk = data.subarray(at, at + step); at += step; process.stdout.write(chunk, () => setTimeout(next, 150)); };
       setTimeout(next, 2500);`,
    );
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    const child = spawnSync("sh", ["-c", `${quote(process.execPath)} ${quote(producer)} ${quote(file)} | ${quote(process.execPath)} ${quote(BIN)} --format json -`], { encoding: "utf8", timeout: 60000, maxBuffer: 1 << 24 });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout).findings.map((f: { code: string; address: string }) => `${f.code} ${f.address}`)).toEqual(["HBR011 alicloud_hbr_vault.old"]);
  });

  const terraform = spawnSync("terraform", ["version"], { encoding: "utf8" }).status === 0;
  (terraform ? test : test.skip)("reads the pipe of a real terraform show -json (a 2 MB plan), as the README writes it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hbr-guard-terraform-"));
    try {
      fs.writeFileSync(path.join(dir, "cli.tfrc"), "");
      // terraform_data is built into terraform: no provider download, and no HBR resources, so the plan passes.
      fs.writeFileSync(path.join(dir, "main.tf"), 'resource "terraform_data" "a" {\n  count = 3000\n  input = "value-${count.index}-with-some-padding-to-make-it-large"\n}\n');
      const env = { ...process.env, TF_CLI_CONFIG_FILE: path.join(dir, "cli.tfrc"), CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
      for (const args of [["init", "-input=false"], ["plan", "-input=false", "-out=plan.tfplan"]]) {
        const step = spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8", timeout: 120000 });
        expect({ args, status: step.status, stderr: step.stderr }).toEqual({ args, status: 0, stderr: "" });
      }
      const child = spawnSync("sh", ["-c", `terraform show -json plan.tfplan | "$0" "$1" -`, process.execPath, BIN], { cwd: dir, env, encoding: "utf8", timeout: 120000 });
      expect(child.stderr).toBe("");
      expect(child.status).toBe(0);
      expect(child.stdout).toMatch(/^hbr-guard: checked 1 plan with 3000 resource changes: 0 backup vaults/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);

  test("reads a plan redirected from a file into standard input", () => {
    const child = spawnSync("sh", ["-c", `"$0" "$1" - < "$2"`, process.execPath, BIN, fixturePath("delete-vault.plan.json")], { encoding: "utf8", timeout: 60000 });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(1);
    expect(child.stdout).toContain("ERROR HBR011 ");
  });

  test("exits 2 on truncated JSON with one line on stderr, never a stack trace", () => {
    const child = spawnBin(fixturePath("truncated.json"));
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/truncated\.json: not a plan: not JSON \(/)]);
  });
});
