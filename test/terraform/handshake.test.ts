import { ChildProcess, spawn } from "child_process";
import { X509Certificate } from "crypto";
import * as grpc from "@grpc/grpc-js";
import { serviceDefinition } from "./emulator/protocol";
import { serverCertificate } from "./emulator/tls";
import { Emulator, buildEmulator } from "./harness";

// The go-plugin side of the emulator, the way terraform's client sees it; no terraform needed.
const MAGIC_COOKIE = { TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2" };

interface Started {
  child: ChildProcess;
  line: string;
  exit: Promise<number | null>;
}

/** Starts the emulator as terraform would and waits for its handshake line. */
function start(emulator: Emulator, env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [emulator.entry], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (out.includes("\n")) resolve({ child, line: out.split("\n")[0], exit });
    });
    child.stderr?.on("data", (d: Buffer) => (err += d.toString("utf8")));
    void exit.then((code) => reject(new Error(`emulator exited with ${code} before its handshake: ${err}`)));
  });
}

function client(service: string, address: string, credentials: grpc.ChannelCredentials): grpc.Client & Record<string, (req: object, cb: (e: grpc.ServiceError | null, r: Record<string, unknown>) => void) => void> {
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(service), service);
  // go-plugin checks the server's certificate as "localhost".
  return new Client(address, credentials, { "grpc.ssl_target_name_override": "localhost" }) as never;
}

function call(c: ReturnType<typeof client>, method: string, request: object): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => c[method](request, (error, response) => (error ? reject(error) : resolve(response))));
}

describe("the emulator's go-plugin handshake", () => {
  let emulator: Emulator;
  let terraformSide: { cert: string; private: string };

  beforeAll(async () => {
    emulator = await buildEmulator();
    terraformSide = await serverCertificate();
  }, 60_000);

  test("it answers with core protocol 1, plugin protocol 5, a TCP address, grpc and its certificate as unpadded base64 DER", async () => {
    const { child, line } = await start(emulator, { ...MAGIC_COOKIE, PLUGIN_CLIENT_CERT: terraformSide.cert, PLUGIN_PROTOCOL_VERSIONS: "5,6" });
    child.kill();
    const [core, app, network, address, protocol, cert] = line.split("|");
    expect({ core, app, network, protocol }).toEqual({ core: "1", app: "5", network: "tcp", protocol: "grpc" });
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(cert).not.toMatch(/=/);
    expect(new X509Certificate(Buffer.from(cert, "base64")).subjectAltName).toContain("DNS:localhost");
  }, 30_000);

  test("it serves only a client that shows terraform's certificate, and exits when told to shut down", async () => {
    const { line, exit } = await start(emulator, { ...MAGIC_COOKIE, PLUGIN_CLIENT_CERT: terraformSide.cert, PLUGIN_PROTOCOL_VERSIONS: "5" });
    const [, , , address, , cert] = line.split("|");
    const serverPem = new X509Certificate(Buffer.from(cert, "base64")).toString();

    const stranger = client("grpc.health.v1.Health", address, grpc.credentials.createSsl(Buffer.from(serverPem)));
    await expect(call(stranger, "Check", { service: "plugin" })).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    stranger.close();

    const credentials = grpc.credentials.createSsl(Buffer.from(serverPem), Buffer.from(terraformSide.private), Buffer.from(terraformSide.cert));
    const health = client("grpc.health.v1.Health", address, credentials);
    expect(await call(health, "Check", { service: "plugin" })).toMatchObject({ status: "SERVING" });
    health.close();

    const controller = client("plugin.GRPCController", address, credentials);
    await call(controller, "Shutdown", {});
    controller.close();
    expect(await exit).toBe(0);
  }, 30_000);

  test("run without terraform's magic cookie, it says what it is and exits", async () => {
    const child = spawn(process.execPath, [emulator.entry], { env: { PATH: process.env.PATH }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/terraform provider plugin: terraform runs it.*docs\/emulator\.md/);
  }, 30_000);
});
