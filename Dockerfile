# syntax=docker/dockerfile:1
#
# xuefa server image.
#
#   docker build -t xuefa:dev .
#   docker run --rm -p 8000:8000 -e DATABASE_URL=postgres://... xuefa:dev
#
# Stage 1 builds the release binary; stage 2 is distroless (glibc, libgcc, CA certificates,
# no shell, no package manager) holding only that binary, run as a numeric non-root user.

FROM rust:1.95-bookworm AS build
WORKDIR /src

# The whole workspace: server/Cargo.toml names ../tests/api/main.rs as a test target, so
# tests/ must be present for cargo to read the manifest even though no test is built.
COPY Cargo.toml Cargo.lock schema.graphql ./
COPY entity/ entity/
COPY migration/ migration/
COPY server/ server/
# A workspace member (the load tool): cargo reads its manifest; it is not built here.
COPY loadtest/ loadtest/
COPY tests/ tests/
# The built web pages the binary embeds (web/dist is committed; Node is not needed to build
# the image).
COPY web/dist/ web/dist/

# The cache mounts keep the crate registry and compiled dependencies between builds
# (BuildKit, the default builder since Docker 23); the binary is copied out of the cached
# target directory because cache mounts are not part of the image.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked -p server \
 && install -D -m 0755 target/release/xuefa /out/xuefa

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /out/xuefa /usr/local/bin/xuefa
# 65532 is distroless's "nonroot"; numeric so that runAsNonRoot can be verified.
USER 65532:65532
ENV XUEFA_LISTEN=0.0.0.0:8000
EXPOSE 8000
ENTRYPOINT ["/usr/local/bin/xuefa"]
CMD ["serve"]
