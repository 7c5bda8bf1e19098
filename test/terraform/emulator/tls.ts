// The TLS certificate the emulator serves with (go-plugin speaks mutual TLS to terraform providers).
import * as fs from "fs";

/**
 * The server's certificate and key. Generating one costs ~200 ms (most of it loading the library),
 * and terraform starts a provider process per configuration per command: a test run makes one and
 * passes it in `HBR_EMULATOR_TLS_CERT` / `HBR_EMULATOR_TLS_KEY` (PEM files); otherwise each process
 * makes its own.
 */
export async function serverCertificate(): Promise<{ cert: string; private: string }> {
  const certFile = process.env.HBR_EMULATOR_TLS_CERT;
  const keyFile = process.env.HBR_EMULATOR_TLS_KEY;
  if (certFile && keyFile) return { cert: fs.readFileSync(certFile, "utf8"), private: fs.readFileSync(keyFile, "utf8") };
  const { generate } = await import("selfsigned");
  const now = Date.now();
  // go-plugin verifies the server as "localhost" against exactly this certificate.
  return generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate: new Date(now - 3_600_000),
    notAfterDate: new Date(now + 86_400_000),
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true, clientAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
}
