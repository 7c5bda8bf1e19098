// Entry point of the emulated `aliyun/alicloud` provider: the go-plugin handshake over mutual TLS,
// then the tfplugin5 Provider service. Terraform starts it; it is no command for people.
import * as grpc from "@grpc/grpc-js";
import { serviceDefinition } from "./protocol";
import { providerService } from "./provider";
import { serverCertificate } from "./tls";

/** go-plugin's magic cookie for terraform providers: a plugin refuses to run without it. */
const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
/** go-plugin's core protocol version, then terraform's plugin protocol version. */
const CORE_PROTOCOL = 1;
const APP_PROTOCOL = 5;

async function main(): Promise<void> {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write("This is the HBR emulator, a terraform provider plugin: terraform runs it, people do not (see docs/emulator.md).\n");
    process.exit(1);
  }
  const clientCert = process.env.PLUGIN_CLIENT_CERT;
  if (!clientCert) {
    process.stderr.write("hbr emulator: PLUGIN_CLIENT_CERT is not set; terraform passes its certificate there and the emulator only serves over TLS\n");
    process.exit(1);
  }
  const versions = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? String(APP_PROTOCOL)).split(",");
  if (!versions.includes(String(APP_PROTOCOL))) {
    process.stderr.write(`hbr emulator: terraform asks for protocol ${versions.join(",")}; the emulator speaks ${APP_PROTOCOL}\n`);
    process.exit(1);
  }
  const pems = await serverCertificate();

  const server = new grpc.Server();
  server.addService(serviceDefinition("tfplugin5.Provider"), providerService as unknown as grpc.UntypedServiceImplementation);
  server.addService(serviceDefinition("grpc.health.v1.Health"), {
    Check: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => callback(null, { status: "SERVING" }),
  });
  server.addService(serviceDefinition("plugin.GRPCController"), {
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => {
      callback(null, {});
      // Answer first, then go once the answer is out (a process that lingers costs terraform time).
      setImmediate(() => server.tryShutdown(() => process.exit(0)));
      setTimeout(() => process.exit(0), 500).unref();
    },
  });

  const credentials = grpc.ServerCredentials.createSsl(Buffer.from(clientCert), [{ private_key: Buffer.from(pems.private), cert_chain: Buffer.from(pems.cert) }], true);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync("127.0.0.1:0", credentials, (error, bound) => (error ? reject(error) : resolve(bound))));
  const der = Buffer.from(pems.cert.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
  // go-plugin decodes the certificate as unpadded base64.
  process.stdout.write(`${CORE_PROTOCOL}|${APP_PROTOCOL}|tcp|127.0.0.1:${port}|grpc|${der.toString("base64").replace(/=+$/, "")}\n`);
}

// Terraform forwards Ctrl-C to its plugins and then shuts them down itself, as go-plugin plugins expect.
process.on("SIGINT", () => undefined);
main().catch((error: unknown) => {
  process.stderr.write(`hbr emulator: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
