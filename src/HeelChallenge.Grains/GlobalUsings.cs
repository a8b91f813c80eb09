global using Orleans;
global using Orleans.Concurrency;
global using HeelChallenge.Abstractions;
