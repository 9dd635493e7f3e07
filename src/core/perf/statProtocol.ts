// Messages between the stat pool and its worker threads. Plain data only (structured clone).

export interface StatRequest {
  batch: number;
  paths: string[];
}

/** `stats[2i]` is the size of `paths[i]` (-1 when it could not be stat'ed), `stats[2i + 1]` its mtime in ms. */
export interface StatResponse {
  batch: number;
  stats: Float64Array;
}
