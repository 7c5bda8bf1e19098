import { BackupSource, BackupSourceType, HbrConfigurationError } from "../lib";

describe("BackupSource", () => {
  test("each factory sets the binding's source type and data source id", () => {
    expect([
      BackupSource.ecsFiles("i-1"),
      BackupSource.ecsInstance("i-2"),
      BackupSource.oss("bucket"),
      BackupSource.nas("fs-1"),
      BackupSource.tablestore("ots-1"),
    ].map((s) => [s.sourceType, s.dataSourceId])).toEqual([
      [BackupSourceType.ECS_FILE, "i-1"],
      [BackupSourceType.UDM_ECS, "i-2"],
      [BackupSourceType.OSS, "bucket"],
      [BackupSourceType.NAS, "fs-1"],
      [BackupSourceType.OTS, "ots-1"],
    ]);
  });

  test("ECS files declare a backup client unless installClient is false", () => {
    expect(BackupSource.ecsFiles("i-1").backupClient).toEqual({ networkType: undefined, useHttps: undefined });
    expect(BackupSource.ecsFiles("i-1", { installClient: false }).backupClient).toBeUndefined();
    expect(BackupSource.oss("b").backupClient).toBeUndefined();
  });

  test("path and pattern lists become the JSON arrays the service takes; empty lists are left out", () => {
    expect(BackupSource.ecsFiles("i-1", { paths: ["/a", "/b"], include: ["*.db"], exclude: [] })._bindingAttributes()).toEqual({
      source: '["/a","/b"]',
      include: '["*.db"]',
      exclude: undefined,
      speedLimit: undefined,
    });
  });

  test("an ECS instance without disk options emits no advanced options", () => {
    expect(BackupSource.ecsInstance("i-1")._bindingAttributes()).toEqual({ advancedOptions: undefined });
    expect(BackupSource.ecsInstance("i-1", { excludeDiskIds: ["d-9"] })._bindingAttributes().advancedOptions).toEqual({
      udmDetail: { diskIdList: undefined, excludeDiskIdList: ["d-9"], destinationKmsKeyId: undefined },
    });
  });

  describe("refuses calls that bypass the types, at once, naming the factory and the value", () => {
    test.each([
      ["an empty instance id", () => BackupSource.ecsFiles(""), /BackupSource.ecsFiles: instanceId is empty/],
      ["paths that are not a list", () => BackupSource.ecsFiles("i-1", { paths: "/data" as any }), /paths must be a list of non-empty strings, got "\/data"/],
      ["an unknown client network", () => BackupSource.ecsFiles("i-1", { client: { networkType: "LAN" as any } }), /client.networkType must be one of "VPC", "CLASSIC", "PUBLIC", got "LAN"/],
      ["installClient that is not a boolean", () => BackupSource.ecsFiles("i-1", { installClient: "no" as any }), /installClient must be true or false, got "no"/],
      ["a bucket that is not a string", () => BackupSource.oss(7 as any), /BackupSource.oss: bucket must be a string, got 7/],
      ["disk ids with an empty entry", () => BackupSource.ecsInstance("i-1", { diskIds: [""] }), /diskIds must be a list of non-empty strings/],
      ["options that are not an object", () => BackupSource.nas("fs-1", null as any), /BackupSource.nas: options must be an object, got null/],
    ])("%s", (_, make, message) => {
      expect(make).toThrow(HbrConfigurationError);
      expect(make).toThrow(message);
    });
  });
});
