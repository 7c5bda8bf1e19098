import { IConstruct } from "constructs";
import { HbrInventory, UNKNOWN_REGION, collectInventory, compareRegions } from "./inventory";
import { compareCodeUnits } from "../private/compare";

/** What a node of the topology is. */
export type TopologyNodeKind = "backup-vault" | "mirror-vault" | "backup-policy" | "restore-job";

/** What an edge of the topology says. */
export type TopologyEdgeKind =
  /** From a backup vault to its mirror vault: backups replicate along it. */
  | "mirrors-to"
  /** From a backup policy to the vault its backups go into. */
  | "backs-up-into"
  /** From the vault (or mirror) a restore job reads, to the job. */
  | "restored-by";

/** One construct in the picture. */
export interface TopologyNode {
  /** A stable id made of the kind and the construct path (letters, digits and `_` only), unique in the model. */
  readonly id: string;
  /** What it is. */
  readonly kind: TopologyNodeKind;
  /** Its construct path. */
  readonly path: string;
  /** The name shown: the vault or policy name, else the construct id. */
  readonly label: string;
  /** A second line: the kind in words, e.g. `imported backup vault` or `backup policy, 2 data sources`. */
  readonly description: string;
  /** The region id, or `(unknown)` when it is a token. */
  readonly region: string;
  /** True for vaults managed outside this app. */
  readonly imported: boolean;
  /**
   * The account it is created in, as an account key (`account:<id>`, `profile:<name>`, `default`, ...;
   * see {@link TopologyAccount}).
   * @default undefined for imported vaults: no provider of this app tells their account
   */
  readonly account?: string;
}

/** An account the app's constructs are created in. */
export interface TopologyAccount {
  /** The account key, as on {@link TopologyNode.account}. */
  readonly key: string;
  /**
   * How the picture names it: `account 1234567890`, `profile prod`, `default account`, ... Static access
   * keys are never shown: they read `static access keys`, numbered when there are several.
   */
  readonly label: string;
}

/** One relation in the picture. */
export interface TopologyEdge {
  /** The id of the node it starts at. */
  readonly from: string;
  /** The id of the node it points to. */
  readonly to: string;
  /** What it says. */
  readonly kind: TopologyEdgeKind;
}

/** The nodes of one region. */
export interface TopologyRegion {
  /** The region id, or `(unknown)`. */
  readonly region: string;
  /** Its nodes: backup vaults, mirror vaults, policies, restore jobs, each sorted by construct path. */
  readonly nodes: readonly TopologyNode[];
}

/** A plain, sorted picture of an app's HBR constructs; the same app always gives the same model. */
export interface TopologyModel {
  /** Regions sorted by id, the unknown region last. */
  readonly regions: readonly TopologyRegion[];
  /** Edges sorted by kind, then by their nodes' ids. */
  readonly edges: readonly TopologyEdge[];
  /** The accounts of the nodes, sorted by key; the picture shows them when there is more than one. */
  readonly accounts: readonly TopologyAccount[];
}

const KIND_ORDER: readonly TopologyNodeKind[] = ["backup-vault", "mirror-vault", "backup-policy", "restore-job"];
const ID_PREFIX: Readonly<Record<TopologyNodeKind, string>> = {
  "backup-vault": "vault",
  "mirror-vault": "mirror",
  "backup-policy": "policy",
  "restore-job": "restore",
};
const EDGE_ORDER: readonly TopologyEdgeKind[] = ["mirrors-to", "backs-up-into", "restored-by"];

/** The topology of the app `scope` belongs to: its vaults, mirrors, policies and restore jobs by region. */
export function buildTopologyModel(scope: IConstruct): TopologyModel {
  return topologyFromInventory(collectInventory(scope));
}

/** The topology of an inventory (see {@link collectInventory}). */
export function topologyFromInventory(inventory: HbrInventory): TopologyModel {
  type Draft = Omit<TopologyNode, "id">;
  const drafts: Draft[] = [
    ...inventory.vaults.map(
      (vault): Draft => ({
        kind: vault.role === "mirror" ? "mirror-vault" : "backup-vault",
        path: vault.path,
        label: vault.name ?? vault.construct.node.id,
        description: `${vault.imported ? "imported " : ""}${vault.role === "mirror" ? "mirror vault" : "backup vault"}`,
        region: vault.region ?? UNKNOWN_REGION,
        imported: vault.imported,
        account: vault.account,
      }),
    ),
    ...inventory.policies.map(
      (policy): Draft => ({
        kind: "backup-policy",
        path: policy.path,
        label: policy.name ?? policy.construct.node.id,
        description: `backup policy, ${policy.boundSources} data source${policy.boundSources === 1 ? "" : "s"}`,
        region: policy.region ?? UNKNOWN_REGION,
        imported: false,
        account: policy.account,
      }),
    ),
    ...inventory.restoreJobs.map(
      (job): Draft => ({
        kind: "restore-job",
        path: job.path,
        label: job.construct.node.id,
        description: "restore job",
        region: job.region ?? UNKNOWN_REGION,
        imported: false,
        account: job.account,
      }),
    ),
  ];
  const nodes = assignIds(drafts);
  const idOf = new Map(nodes.map((node) => [node.path, node.id] as const));

  const edges: TopologyEdge[] = [];
  const link = (fromPath: string | undefined, toPath: string, kind: TopologyEdgeKind) => {
    const from = fromPath !== undefined ? idOf.get(fromPath) : undefined;
    const to = idOf.get(toPath);
    if (from !== undefined && to !== undefined) edges.push({ from, to, kind });
  };
  for (const vault of inventory.vaults) if (vault.role === "mirror") link(vault.sourcePath, vault.path, "mirrors-to");
  for (const policy of inventory.policies) for (const target of policy.targetVaultPaths) link(policy.path, target, "backs-up-into");
  for (const job of inventory.restoreJobs) link(job.vaultPath, job.path, "restored-by");

  const byRegion = new Map<string, TopologyNode[]>();
  for (const node of nodes) {
    const list = byRegion.get(node.region);
    if (list) list.push(node);
    else byRegion.set(node.region, [node]);
  }
  return {
    regions: [...byRegion.entries()]
      .sort(([a], [b]) => compareRegions(a, b))
      .map(([region, regionNodes]) => ({ region, nodes: regionNodes.sort(byKindThenPath) })),
    edges: edges.sort((a, b) => EDGE_ORDER.indexOf(a.kind) - EDGE_ORDER.indexOf(b.kind) || compareCodeUnits(a.from, b.from) || compareCodeUnits(a.to, b.to)),
    accounts: accountsOf(nodes),
  };
}

/** True when the app's constructs are in more than one account, so the picture shows accounts. */
export function showsAccounts(model: TopologyModel): boolean {
  return model.accounts.length > 1;
}

function accountsOf(nodes: readonly TopologyNode[]): TopologyAccount[] {
  const keys = [...new Set(nodes.flatMap((node) => (node.account === undefined ? [] : [node.account])))].sort(compareCodeUnits);
  const staticKeys = keys.filter((key) => key.startsWith("keys:"));
  return keys.map((key) => ({ key, label: accountLabel(key, staticKeys) }));
}

/** A short name for an account key; static keys get a number, since their digest is never shown. */
function accountLabel(key: string, staticKeys: readonly string[]): string {
  if (key === "default") return "default account";
  const colon = key.indexOf(":");
  const kind = key.slice(0, colon);
  const value = key.slice(colon + 1);
  switch (kind) {
    case "account":
      return `account ${value}`;
    case "role":
      return `role ${value}`;
    case "profile":
      return `profile ${value}`;
    case "keys":
      return staticKeys.length > 1 ? `static access keys ${staticKeys.indexOf(key) + 1}` : "static access keys";
    default:
      return `account set at plan time (${value})`;
  }
}

/** Every node of the model, region by region. */
export function topologyNodes(model: TopologyModel): TopologyNode[] {
  return model.regions.flatMap((region) => region.nodes);
}

/**
 * Ids from the kind and the construct path, e.g. `vault_backups_Backups` for `backups/Backups`. Two
 * paths that differ only in punctuation would collide; the later path (in code-unit order) gets `_2`.
 */
function assignIds(drafts: readonly Omit<TopologyNode, "id">[]): TopologyNode[] {
  const candidates = drafts
    .map((draft) => ({ draft, base: `${ID_PREFIX[draft.kind]}_${draft.path.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "root"}` }))
    .sort((a, b) => compareCodeUnits(a.base, b.base) || compareCodeUnits(a.draft.path, b.draft.path));
  const used = new Set<string>();
  return candidates.map(({ draft, base }) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return { id, ...draft };
  });
}

function byKindThenPath(a: TopologyNode, b: TopologyNode): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareCodeUnits(a.path, b.path);
}

