import type { DomainId } from "./types";

export const DOMAINS: readonly { id: DomainId; title: string; blurb: string }[] = [
  {
    id: "foundations",
    title: "Compute foundations",
    blurb: "EC2 and its purchase options, containers, and choosing the right compute.",
  },
  {
    id: "lambda",
    title: "Lambda",
    blurb: "The function model, invocation, permissions, pricing and limits.",
  },
  {
    id: "networking-data",
    title: "Lambda with VPCs and databases",
    blurb: "Private networking, RDS Proxy and calling Lambda from a database.",
  },
  {
    id: "apis-edge",
    title: "APIs and the edge",
    blurb: "API Gateway in front of compute, CloudFront Functions and Lambda@Edge.",
  },
];

export const DOMAIN_IDS = DOMAINS.map((d) => d.id) as [DomainId, ...DomainId[]];
