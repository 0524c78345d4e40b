import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { hello } from '@qaztech/platform';

@Controller()
class HelloController {
  @Get('/x') x() { return { v: hello() }; }
}
@Module({ controllers: [HelloController] })
class AppModule {}

async function main() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());
  await app.listen(3999, '127.0.0.1');
  const r = await fetch('http://127.0.0.1:3999/x');
  console.log(await r.text());
  await app.close();
}
void main();
