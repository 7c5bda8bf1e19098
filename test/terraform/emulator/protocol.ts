// The gRPC services from the .proto files beside this module, as grpc-js service definitions with
// protobufjs doing the encoding. A test run compiles the .proto files once into protocol.json;
// reading that at each start is ~100 ms cheaper than @grpc/proto-loader's parse (terraform starts
// a provider process per configuration per command).
import * as fs from "fs";
import * as path from "path";
import type * as grpc from "@grpc/grpc-js";
import * as protobuf from "protobufjs/light";

/** The protocol files, in this folder. */
export const PROTO_FILES = ["tfplugin5.proto", "plugin.proto", "health.proto"];
/** The compiled form the build writes beside them. */
export const PROTOCOL_JSON = "protocol.json";

/** Parses the .proto files in `dir` (field names as written, not camel-cased). */
export function parseProtocol(dir: string): protobuf.Root {
  // The full protobufjs (with the .proto parser) only when there is no compiled form.
  const full = require("protobufjs") as typeof protobuf;
  return new full.Root().loadSync(
    PROTO_FILES.map((f) => path.join(dir, f)),
    { keepCase: true },
  );
}

/** Writes the compiled form of the .proto files in `dir`. */
export function compileProtocol(dir: string): void {
  fs.writeFileSync(path.join(dir, PROTOCOL_JSON), JSON.stringify(parseProtocol(dir).toJSON()));
}

function loadProtocol(dir: string): protobuf.Root {
  const compiled = path.join(dir, PROTOCOL_JSON);
  if (fs.existsSync(compiled)) return protobuf.Root.fromJSON(JSON.parse(fs.readFileSync(compiled, "utf8")) as protobuf.INamespace);
  return parseProtocol(dir);
}

const CONVERSION: protobuf.IConversionOptions = { longs: Number, enums: String, defaults: true, oneofs: true };

/** The service `name` (e.g. `tfplugin5.Provider`) as a grpc-js service definition. */
export function serviceDefinition(name: string, dir = __dirname): grpc.ServiceDefinition {
  root ??= loadProtocol(dir);
  const service = root.lookupService(name);
  const definition: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
  for (const method of service.methodsArray) {
    method.resolve();
    const request = method.resolvedRequestType as protobuf.Type;
    const response = method.resolvedResponseType as protobuf.Type;
    definition[method.name] = {
      path: `/${name}/${method.name}`,
      requestStream: false,
      responseStream: false,
      requestSerialize: (value) => Buffer.from(request.encode(request.fromObject(value as object)).finish()),
      requestDeserialize: (bytes) => request.toObject(request.decode(bytes), CONVERSION),
      responseSerialize: (value) => Buffer.from(response.encode(response.fromObject(value as object)).finish()),
      responseDeserialize: (bytes) => response.toObject(response.decode(bytes), CONVERSION),
    };
  }
  return definition as grpc.ServiceDefinition;
}

let root: protobuf.Root | undefined;
