export declare const CLIENT_ADDRESS_HEADER = "x-touchpoint-client-address";
export type TrustedProxies = { hops: number } | { addresses: Set<string> };
export declare function trustedProxiesFrom(setting: string | undefined): TrustedProxies;
export declare function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null;
