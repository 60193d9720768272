import{Dt as e,Et as t,I as n,It as r,N as i,Nt as a,Pt as o,Y as s,_t as c,bt as l,ct as u,dt as d,ft as f,gt as p,jt as m,kt as h,mt as g,ot as _,st as v,w as y,wt as b,yt as ee}from"./vue-GUXGKCqU.js";import{D as x}from"./api-AluvD0fx.js";var te=[``,`default`,`small`,`large`],ne=typeof global==`object`&&global&&global.Object===Object&&global,re=typeof self==`object`&&self&&self.Object===Object&&self,S=ne||re||Function(`return this`)(),C=S.Symbol,ie=Object.prototype,ae=ie.hasOwnProperty,oe=ie.toString,w=C?C.toStringTag:void 0;function se(e){var t=ae.call(e,w),n=e[w];try{e[w]=void 0;var r=!0}catch{}var i=oe.call(e);return r&&(t?e[w]=n:delete e[w]),i}var ce=Object.prototype.toString;function le(e){return ce.call(e)}var ue=`[object Null]`,de=`[object Undefined]`,fe=C?C.toStringTag:void 0;function T(e){return e==null?e===void 0?de:ue:fe&&fe in Object(e)?se(e):le(e)}function E(e){return typeof e==`object`&&!!e}var pe=`[object Symbol]`;function D(e){return typeof e==`symbol`||E(e)&&T(e)==pe}function me(e,t){for(var n=-1,r=e==null?0:e.length,i=Array(r);++n<r;)i[n]=t(e[n],n,e);return i}var O=Array.isArray,he=1/0,ge=C?C.prototype:void 0,_e=ge?ge.toString:void 0;function ve(e){if(typeof e==`string`)return e;if(O(e))return me(e,ve)+``;if(D(e))return _e?_e.call(e):``;var t=e+``;return t==`0`&&1/e==-he?`-0`:t}function k(e){var t=typeof e;return e!=null&&(t==`object`||t==`function`)}var ye=`[object AsyncFunction]`,be=`[object Function]`,xe=`[object GeneratorFunction]`,Se=`[object Proxy]`;function Ce(e){if(!k(e))return!1;var t=T(e);return t==be||t==xe||t==ye||t==Se}var we=S[`__core-js_shared__`],Te=function(){var e=/[^.]+$/.exec(we&&we.keys&&we.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}();function Ee(e){return!!Te&&Te in e}var De=Function.prototype.toString;function A(e){if(e!=null){try{return De.call(e)}catch{}try{return e+``}catch{}}return``}var Oe=/[\\^$.*+?()[\]{}|]/g,ke=/^\[object .+?Constructor\]$/,Ae=Function.prototype,je=Object.prototype,Me=Ae.toString,Ne=je.hasOwnProperty,Pe=RegExp(`^`+Me.call(Ne).replace(Oe,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`);function Fe(e){return!k(e)||Ee(e)?!1:(Ce(e)?Pe:ke).test(A(e))}function Ie(e,t){return e==null?void 0:e[t]}function j(e,t){var n=Ie(e,t);return Fe(n)?n:void 0}var Le=j(S,`WeakMap`),Re=function(){try{var e=j(Object,`defineProperty`);return e({},``,{}),e}catch{}}(),ze=9007199254740991,Be=/^(?:0|[1-9]\d*)$/;function Ve(e,t){var n=typeof e;return t=t==null?ze:t,!!t&&(n==`number`||n!=`symbol`&&Be.test(e))&&e>-1&&e%1==0&&e<t}function He(e,t,n){t==`__proto__`&&Re?Re(e,t,{configurable:!0,enumerable:!0,value:n,writable:!0}):e[t]=n}function M(e,t){return e===t||e!==e&&t!==t}var Ue=Object.prototype.hasOwnProperty;function We(e,t,n){var r=e[t];(!(Ue.call(e,t)&&M(r,n))||n===void 0&&!(t in e))&&He(e,t,n)}var Ge=9007199254740991;function Ke(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=Ge}function qe(e){return e!=null&&Ke(e.length)&&!Ce(e)}var Je=Object.prototype;function Ye(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||Je)}function Xe(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}var Ze=`[object Arguments]`;function Qe(e){return E(e)&&T(e)==Ze}var $e=Object.prototype,et=$e.hasOwnProperty,tt=$e.propertyIsEnumerable,nt=Qe(function(){return arguments}())?Qe:function(e){return E(e)&&et.call(e,`callee`)&&!tt.call(e,`callee`)};function rt(){return!1}var it=typeof exports==`object`&&exports&&!exports.nodeType&&exports,at=it&&typeof module==`object`&&module&&!module.nodeType&&module,ot=at&&at.exports===it?S.Buffer:void 0,N=(ot?ot.isBuffer:void 0)||rt,st=`[object Arguments]`,ct=`[object Array]`,lt=`[object Boolean]`,ut=`[object Date]`,dt=`[object Error]`,ft=`[object Function]`,pt=`[object Map]`,mt=`[object Number]`,ht=`[object Object]`,gt=`[object RegExp]`,_t=`[object Set]`,vt=`[object String]`,yt=`[object WeakMap]`,bt=`[object ArrayBuffer]`,xt=`[object DataView]`,St=`[object Float32Array]`,Ct=`[object Float64Array]`,wt=`[object Int8Array]`,Tt=`[object Int16Array]`,Et=`[object Int32Array]`,Dt=`[object Uint8Array]`,Ot=`[object Uint8ClampedArray]`,kt=`[object Uint16Array]`,At=`[object Uint32Array]`,P={};P[St]=P[Ct]=P[wt]=P[Tt]=P[Et]=P[Dt]=P[Ot]=P[kt]=P[At]=!0,P[st]=P[ct]=P[bt]=P[lt]=P[xt]=P[ut]=P[dt]=P[ft]=P[pt]=P[mt]=P[ht]=P[gt]=P[_t]=P[vt]=P[yt]=!1;function jt(e){return E(e)&&Ke(e.length)&&!!P[T(e)]}function Mt(e){return function(t){return e(t)}}var Nt=typeof exports==`object`&&exports&&!exports.nodeType&&exports,F=Nt&&typeof module==`object`&&module&&!module.nodeType&&module,Pt=F&&F.exports===Nt&&ne.process,Ft=function(){try{return F&&F.require&&F.require(`util`).types||Pt&&Pt.binding&&Pt.binding(`util`)}catch{}}(),It=Ft&&Ft.isTypedArray,Lt=It?Mt(It):jt,Rt=Object.prototype.hasOwnProperty;function zt(e,t){var n=O(e),r=!n&&nt(e),i=!n&&!r&&N(e),a=!n&&!r&&!i&&Lt(e),o=n||r||i||a,s=o?Xe(e.length,String):[],c=s.length;for(var l in e)(t||Rt.call(e,l))&&!(o&&(l==`length`||i&&(l==`offset`||l==`parent`)||a&&(l==`buffer`||l==`byteLength`||l==`byteOffset`)||Ve(l,c)))&&s.push(l);return s}function Bt(e,t){return function(n){return e(t(n))}}var Vt=Bt(Object.keys,Object),Ht=Object.prototype.hasOwnProperty;function Ut(e){if(!Ye(e))return Vt(e);var t=[];for(var n in Object(e))Ht.call(e,n)&&n!=`constructor`&&t.push(n);return t}function Wt(e){return qe(e)?zt(e):Ut(e)}var Gt=/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/,Kt=/^\w*$/;function qt(e,t){if(O(e))return!1;var n=typeof e;return n==`number`||n==`symbol`||n==`boolean`||e==null||D(e)?!0:Kt.test(e)||!Gt.test(e)||t!=null&&e in Object(t)}var I=j(Object,`create`);function Jt(){this.__data__=I?I(null):{},this.size=0}function Yt(e){var t=this.has(e)&&delete this.__data__[e];return this.size-=+!!t,t}var Xt=`__lodash_hash_undefined__`,Zt=Object.prototype.hasOwnProperty;function Qt(e){var t=this.__data__;if(I){var n=t[e];return n===Xt?void 0:n}return Zt.call(t,e)?t[e]:void 0}var $t=Object.prototype.hasOwnProperty;function en(e){var t=this.__data__;return I?t[e]!==void 0:$t.call(t,e)}var tn=`__lodash_hash_undefined__`;function nn(e,t){var n=this.__data__;return this.size+=+!this.has(e),n[e]=I&&t===void 0?tn:t,this}function L(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}L.prototype.clear=Jt,L.prototype.delete=Yt,L.prototype.get=Qt,L.prototype.has=en,L.prototype.set=nn;function rn(){this.__data__=[],this.size=0}function R(e,t){for(var n=e.length;n--;)if(M(e[n][0],t))return n;return-1}var an=Array.prototype.splice;function on(e){var t=this.__data__,n=R(t,e);return n<0?!1:(n==t.length-1?t.pop():an.call(t,n,1),--this.size,!0)}function sn(e){var t=this.__data__,n=R(t,e);return n<0?void 0:t[n][1]}function cn(e){return R(this.__data__,e)>-1}function ln(e,t){var n=this.__data__,r=R(n,e);return r<0?(++this.size,n.push([e,t])):n[r][1]=t,this}function z(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}z.prototype.clear=rn,z.prototype.delete=on,z.prototype.get=sn,z.prototype.has=cn,z.prototype.set=ln;var B=j(S,`Map`);function un(){this.size=0,this.__data__={hash:new L,map:new(B||z),string:new L}}function dn(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function V(e,t){var n=e.__data__;return dn(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function fn(e){var t=V(this,e).delete(e);return this.size-=+!!t,t}function pn(e){return V(this,e).get(e)}function mn(e){return V(this,e).has(e)}function hn(e,t){var n=V(this,e),r=n.size;return n.set(e,t),this.size+=n.size==r?0:1,this}function H(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}H.prototype.clear=un,H.prototype.delete=fn,H.prototype.get=pn,H.prototype.has=mn,H.prototype.set=hn;var gn=`Expected a function`;function _n(e,t){if(typeof e!=`function`||t!=null&&typeof t!=`function`)throw TypeError(gn);var n=function(){var r=arguments,i=t?t.apply(this,r):r[0],a=n.cache;if(a.has(i))return a.get(i);var o=e.apply(this,r);return n.cache=a.set(i,o)||a,o};return n.cache=new(_n.Cache||H),n}_n.Cache=H;var vn=500;function yn(e){var t=_n(e,function(e){return n.size===vn&&n.clear(),e}),n=t.cache;return t}var bn=/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,xn=/\\(\\)?/g,Sn=yn(function(e){var t=[];return e.charCodeAt(0)===46&&t.push(``),e.replace(bn,function(e,n,r,i){t.push(r?i.replace(xn,`$1`):n||e)}),t});function Cn(e){return e==null?``:ve(e)}function wn(e,t){return O(e)?e:qt(e,t)?[e]:Sn(Cn(e))}var Tn=1/0;function U(e){if(typeof e==`string`||D(e))return e;var t=e+``;return t==`0`&&1/e==-Tn?`-0`:t}function En(e,t){t=wn(t,e);for(var n=0,r=t.length;e!=null&&n<r;)e=e[U(t[n++])];return n&&n==r?e:void 0}function Dn(e,t,n){var r=e==null?void 0:En(e,t);return r===void 0?n:r}function On(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}var kn=Bt(Object.getPrototypeOf,Object),An=`[object Object]`,jn=Function.prototype,Mn=Object.prototype,Nn=jn.toString,Pn=Mn.hasOwnProperty,Fn=Nn.call(Object);function In(e){if(!E(e)||T(e)!=An)return!1;var t=kn(e);if(t===null)return!0;var n=Pn.call(t,`constructor`)&&t.constructor;return typeof n==`function`&&n instanceof n&&Nn.call(n)==Fn}function Ln(){this.__data__=new z,this.size=0}function Rn(e){var t=this.__data__,n=t.delete(e);return this.size=t.size,n}function zn(e){return this.__data__.get(e)}function Bn(e){return this.__data__.has(e)}var Vn=200;function Hn(e,t){var n=this.__data__;if(n instanceof z){var r=n.__data__;if(!B||r.length<Vn-1)return r.push([e,t]),this.size=++n.size,this;n=this.__data__=new H(r)}return n.set(e,t),this.size=n.size,this}function W(e){var t=this.__data__=new z(e);this.size=t.size}W.prototype.clear=Ln,W.prototype.delete=Rn,W.prototype.get=zn,W.prototype.has=Bn,W.prototype.set=Hn;function Un(e,t){for(var n=-1,r=e==null?0:e.length,i=0,a=[];++n<r;){var o=e[n];t(o,n,e)&&(a[i++]=o)}return a}function Wn(){return[]}var Gn=Object.prototype.propertyIsEnumerable,Kn=Object.getOwnPropertySymbols,qn=Kn?function(e){return e==null?[]:(e=Object(e),Un(Kn(e),function(t){return Gn.call(e,t)}))}:Wn;function Jn(e,t,n){var r=t(e);return O(e)?r:On(r,n(e))}function Yn(e){return Jn(e,Wt,qn)}var Xn=j(S,`DataView`),Zn=j(S,`Promise`),Qn=j(S,`Set`),$n=`[object Map]`,er=`[object Object]`,tr=`[object Promise]`,nr=`[object Set]`,rr=`[object WeakMap]`,ir=`[object DataView]`,ar=A(Xn),or=A(B),sr=A(Zn),cr=A(Qn),lr=A(Le),G=T;(Xn&&G(new Xn(new ArrayBuffer(1)))!=ir||B&&G(new B)!=$n||Zn&&G(Zn.resolve())!=tr||Qn&&G(new Qn)!=nr||Le&&G(new Le)!=rr)&&(G=function(e){var t=T(e),n=t==er?e.constructor:void 0,r=n?A(n):``;if(r)switch(r){case ar:return ir;case or:return $n;case sr:return tr;case cr:return nr;case lr:return rr}return t});var ur=G,dr=S.Uint8Array,fr=`__lodash_hash_undefined__`;function pr(e){return this.__data__.set(e,fr),this}function mr(e){return this.__data__.has(e)}function K(e){var t=-1,n=e==null?0:e.length;for(this.__data__=new H;++t<n;)this.add(e[t])}K.prototype.add=K.prototype.push=pr,K.prototype.has=mr;function hr(e,t){for(var n=-1,r=e==null?0:e.length;++n<r;)if(t(e[n],n,e))return!0;return!1}function gr(e,t){return e.has(t)}var _r=1,vr=2;function yr(e,t,n,r,i,a){var o=n&_r,s=e.length,c=t.length;if(s!=c&&!(o&&c>s))return!1;var l=a.get(e),u=a.get(t);if(l&&u)return l==t&&u==e;var d=-1,f=!0,p=n&vr?new K:void 0;for(a.set(e,t),a.set(t,e);++d<s;){var m=e[d],h=t[d];if(r)var g=o?r(h,m,d,t,e,a):r(m,h,d,e,t,a);if(g!==void 0){if(g)continue;f=!1;break}if(p){if(!hr(t,function(e,t){if(!gr(p,t)&&(m===e||i(m,e,n,r,a)))return p.push(t)})){f=!1;break}}else if(!(m===h||i(m,h,n,r,a))){f=!1;break}}return a.delete(e),a.delete(t),f}function br(e){var t=-1,n=Array(e.size);return e.forEach(function(e,r){n[++t]=[r,e]}),n}function xr(e){var t=-1,n=Array(e.size);return e.forEach(function(e){n[++t]=e}),n}var Sr=1,Cr=2,wr=`[object Boolean]`,Tr=`[object Date]`,Er=`[object Error]`,Dr=`[object Map]`,Or=`[object Number]`,kr=`[object RegExp]`,Ar=`[object Set]`,jr=`[object String]`,Mr=`[object Symbol]`,Nr=`[object ArrayBuffer]`,Pr=`[object DataView]`,Fr=C?C.prototype:void 0,Ir=Fr?Fr.valueOf:void 0;function Lr(e,t,n,r,i,a,o){switch(n){case Pr:if(e.byteLength!=t.byteLength||e.byteOffset!=t.byteOffset)return!1;e=e.buffer,t=t.buffer;case Nr:return!(e.byteLength!=t.byteLength||!a(new dr(e),new dr(t)));case wr:case Tr:case Or:return M(+e,+t);case Er:return e.name==t.name&&e.message==t.message;case kr:case jr:return e==t+``;case Dr:var s=br;case Ar:var c=r&Sr;if(s||(s=xr),e.size!=t.size&&!c)return!1;var l=o.get(e);if(l)return l==t;r|=Cr,o.set(e,t);var u=yr(s(e),s(t),r,i,a,o);return o.delete(e),u;case Mr:if(Ir)return Ir.call(e)==Ir.call(t)}return!1}var Rr=1,zr=Object.prototype.hasOwnProperty;function Br(e,t,n,r,i,a){var o=n&Rr,s=Yn(e),c=s.length;if(c!=Yn(t).length&&!o)return!1;for(var l=c;l--;){var u=s[l];if(!(o?u in t:zr.call(t,u)))return!1}var d=a.get(e),f=a.get(t);if(d&&f)return d==t&&f==e;var p=!0;a.set(e,t),a.set(t,e);for(var m=o;++l<c;){u=s[l];var h=e[u],g=t[u];if(r)var _=o?r(g,h,u,t,e,a):r(h,g,u,e,t,a);if(!(_===void 0?h===g||i(h,g,n,r,a):_)){p=!1;break}m||(m=u==`constructor`)}if(p&&!m){var v=e.constructor,y=t.constructor;v!=y&&`constructor`in e&&`constructor`in t&&!(typeof v==`function`&&v instanceof v&&typeof y==`function`&&y instanceof y)&&(p=!1)}return a.delete(e),a.delete(t),p}var Vr=1,Hr=`[object Arguments]`,Ur=`[object Array]`,q=`[object Object]`,Wr=Object.prototype.hasOwnProperty;function Gr(e,t,n,r,i,a){var o=O(e),s=O(t),c=o?Ur:ur(e),l=s?Ur:ur(t);c=c==Hr?q:c,l=l==Hr?q:l;var u=c==q,d=l==q,f=c==l;if(f&&N(e)){if(!N(t))return!1;o=!0,u=!1}if(f&&!u)return a||(a=new W),o||Lt(e)?yr(e,t,n,r,i,a):Lr(e,t,c,n,r,i,a);if(!(n&Vr)){var p=u&&Wr.call(e,`__wrapped__`),m=d&&Wr.call(t,`__wrapped__`);if(p||m){var h=p?e.value():e,g=m?t.value():t;return a||(a=new W),i(h,g,n,r,a)}}return f?(a||(a=new W),Br(e,t,n,r,i,a)):!1}function Kr(e,t,n,r,i){return e===t?!0:e==null||t==null||!E(e)&&!E(t)?e!==e&&t!==t:Gr(e,t,n,r,Kr,i)}function qr(e){for(var t=-1,n=e==null?0:e.length,r={};++t<n;){var i=e[t];He(r,i[0],i[1])}return r}function Jr(e,t){return Kr(e,t)}function Yr(e){return e==null}function Xr(e,t,n,r){if(!k(e))return e;t=wn(t,e);for(var i=-1,a=t.length,o=a-1,s=e;s!=null&&++i<a;){var c=U(t[i]),l=n;if(c===`__proto__`||c===`constructor`||c===`prototype`)return e;if(i!=o){var u=s[c];l=r?r(u,c,s):void 0,l===void 0&&(l=k(u)?u:Ve(t[i+1])?[]:{})}We(s,c,l),s=s[c]}return e}function Zr(e,t,n){return e==null?e:Xr(e,t,n)}var Qr=e=>e===void 0,$r=e=>typeof e==`boolean`,ei=e=>typeof e==`number`,ti=e=>!e&&e!==0||m(e)&&e.length===0||o(e)&&!Object.keys(e).length,ni=e=>typeof Element>`u`?!1:e instanceof Element,ri=e=>Yr(e),ii=e=>r(e)?!Number.isNaN(Number(e)):!1,ai=e=>Object.keys(e),oi=(e,t,n)=>({get value(){return Dn(e,t,n)},set value(n){Zr(e,t,n)}}),si=`__epPropKey`,ci=e=>e,li=e=>o(e)&&!!e.__epPropKey,ui=(e,t)=>{if(!o(e)||li(e))return e;let{values:n,required:r,default:i,type:a,validator:s}=e,c={type:a,required:!!r,validator:n||s?r=>{let a=!1,o=[];if(n&&(o=Array.from(n),h(e,`default`)&&o.push(i),a||(a=o.includes(r))),s&&(a||(a=s(r))),!a&&o.length>0){let e=[...new Set(o)].map(e=>JSON.stringify(e)).join(`, `);_(`Invalid prop: validation failed${t?` for prop "${t}"`:``}. Expected one of [${e}], got value ${JSON.stringify(r)}.`)}return a}:void 0,[si]:!0};return h(e,`default`)&&(c.default=i),c},di=e=>qr(Object.entries(e).map(([e,t])=>[e,ui(t,e)])),fi=class extends Error{constructor(e){super(e),this.name=`ElementPlusError`}};function pi(e,t){throw new fi(`[${e}] ${t}`)}function J(e,t){{let n=r(e)?new fi(`[${e}] ${t}`):e;console.warn(n)}}function mi(e,t){var n;let r=l();return u(()=>{r.value=e()},{...t,flush:(n=t==null?void 0:t.flush)==null?`sync`:n}),p(r)}function hi(e,t){return d()?(g(e,t),!0):!1}var Y=typeof window<`u`&&typeof document<`u`;typeof WorkerGlobalScope<`u`&&globalThis instanceof WorkerGlobalScope;var gi=e=>e!=null,_i=Object.prototype.toString,vi=e=>_i.call(e)===`[object Object]`,X=()=>{},yi=bi();function bi(){var e,t,n;return Y&&!!((e=window)!=null&&(e=e.navigator)!=null&&e.userAgent)&&(/iP(?:ad|hone|od)/.test(window.navigator.userAgent)||((t=window)==null||(t=t.navigator)==null?void 0:t.maxTouchPoints)>2&&/iPad|Macintosh/.test((n=window)==null?void 0:n.navigator.userAgent))}function xi(e,t){function n(...n){return new Promise((r,i)=>{Promise.resolve(e(()=>t.apply(this,n),{fn:t,thisArg:this,args:n})).then(r).catch(i)})}return`cancel`in e&&Object.assign(n,{cancel:e.cancel,flush:e.flush,isPending:e.isPending}),n}function Si(e,t={}){let n,r,i=X,a=X,o=l(!1),s=e=>{clearTimeout(e),i(),i=X},c;return Object.assign(l=>{let u=b(e),d=b(t.maxWait);return n&&s(n),u<=0||d!==void 0&&d<=0?(r&&(s(r),r=void 0),o.value=!1,Promise.resolve(l())):(o.value=!0,new Promise((e,f)=>{i=t.rejectOnCancel?f:e,a=e,c=l,d&&!r&&(r=setTimeout(()=>{n&&s(n),r=void 0,o.value=!1,e(c())},d)),n=setTimeout(()=>{r&&s(r),r=void 0,o.value=!1,e(l())},u)}))},{cancel:()=>{n&&(s(n),n=void 0),r&&(s(r),r=void 0),o.value=!1,a=X},flush:()=>{if(o.value){n&&(clearTimeout(n),n=void 0),r&&(clearTimeout(r),r=void 0),o.value=!1;let e=a;i=X,a=X,e(c())}},isPending:ee(o)})}function Ci(e){return Array.isArray(e)?e:[e]}function wi(e,t=200,n={}){return xi(Si(t,n),e)}function Ti(e,t=200,n={}){let r=c(b(e)),i=wi(()=>{r.value=e.value},t,n);return v(e,()=>i()),ee(r)}function Ei(e,t,n={}){let{immediate:r=!0,immediateCallback:i=!1}=n,a=l(!1),o;function s(){o&&(clearTimeout(o),o=void 0)}function c(){a.value=!1,s()}function u(...n){i&&e(),s(),a.value=!0,o=setTimeout(()=>{a.value=!1,o=void 0,e(...n)},b(t))}return r&&(a.value=!0,Y&&u()),hi(c),{isPending:ee(a),start:u,stop:c}}function Di(e,t,n){return v(e,t,{...n,immediate:!0})}var Oi={name:`en`,el:{breadcrumb:{label:`Breadcrumb`},colorpicker:{confirm:`OK`,clear:`Clear`,defaultLabel:`color picker`,description:`current color is {color}. press enter to select a new color.`,alphaLabel:`pick alpha value`,alphaDescription:`alpha {alpha}, current color is {color}`,hueLabel:`pick hue value`,hueDescription:`hue {hue}, current color is {color}`,svLabel:`pick saturation and brightness value`,svDescription:`saturation {saturation}, brightness {brightness}, current color is {color}`,predefineDescription:`select {value} as the color`},datepicker:{now:`Now`,today:`Today`,cancel:`Cancel`,clear:`Clear`,confirm:`OK`,dateTablePrompt:`Use the arrow keys and enter to select the day of the month`,monthTablePrompt:`Use the arrow keys and enter to select the month`,quarterTablePrompt:`Use the arrow keys and enter to select the quarter`,yearTablePrompt:`Use the arrow keys and enter to select the year`,selectedDate:`Selected date`,selectDate:`Select date`,selectTime:`Select time`,startDate:`Start Date`,startTime:`Start Time`,endDate:`End Date`,endTime:`End Time`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,year:``,month1:`January`,month2:`February`,month3:`March`,month4:`April`,month5:`May`,month6:`June`,month7:`July`,month8:`August`,month9:`September`,month10:`October`,month11:`November`,month12:`December`,weeks:{sun:`Sun`,mon:`Mon`,tue:`Tue`,wed:`Wed`,thu:`Thu`,fri:`Fri`,sat:`Sat`},weeksFull:{sun:`Sunday`,mon:`Monday`,tue:`Tuesday`,wed:`Wednesday`,thu:`Thursday`,fri:`Friday`,sat:`Saturday`},months:{jan:`Jan`,feb:`Feb`,mar:`Mar`,apr:`Apr`,may:`May`,jun:`Jun`,jul:`Jul`,aug:`Aug`,sep:`Sep`,oct:`Oct`,nov:`Nov`,dec:`Dec`}},input:{characters:`{count} / {max} characters`},inputNumber:{decrease:`decrease number`,increase:`increase number`},select:{loading:`Loading`,noMatch:`No matching data`,noData:`No data`,placeholder:`Select`},mention:{loading:`Loading`},dropdown:{toggleDropdown:`Toggle Dropdown`},cascader:{noMatch:`No matching data`,loading:`Loading`,placeholder:`Select`,noData:`No data`},pagination:{goto:`Go to`,pagesize:`/page`,total:`Total {total}`,pageClassifier:``,page:`Page`,prev:`Go to previous page`,next:`Go to next page`,currentPage:`page {pager}`,prevPages:`Previous {pager} pages`,nextPages:`Next {pager} pages`,deprecationWarning:`Deprecated usages detected, please refer to the el-pagination documentation for more details`},dialog:{close:`Close this dialog`},drawer:{close:`Close this dialog`},messagebox:{title:`Message`,confirm:`OK`,cancel:`Cancel`,error:`Illegal input`,close:`Close this dialog`},upload:{deleteTip:`press delete to remove`,delete:`Delete`,preview:`Preview`,continue:`Continue`},slider:{defaultLabel:`slider between {min} and {max}`,defaultRangeStartLabel:`pick start value`,defaultRangeEndLabel:`pick end value`},table:{emptyText:`No Data`,confirmFilter:`Confirm`,resetFilter:`Reset`,clearFilter:`All`,sumText:`Sum`,selectAllLabel:`Select all rows`,selectRowLabel:`Select this row`,expandRowLabel:`Expand this row`,collapseRowLabel:`Collapse this row`,sortLabel:`Sort by {column}`,filterLabel:`Filter by {column}`},tag:{close:`Close this tag`},tour:{next:`Next`,previous:`Previous`,finish:`Finish`,close:`Close this dialog`},tree:{emptyText:`No Data`},transfer:{noMatch:`No matching data`,noData:`No data`,titles:[`List 1`,`List 2`],filterPlaceholder:`Enter keyword`,noCheckedFormat:`{total} items`,hasCheckedFormat:`{checked}/{total} checked`},image:{error:`FAILED`},pageHeader:{title:`Back`},popconfirm:{confirmButtonText:`Yes`,cancelButtonText:`No`},carousel:{leftArrow:`Carousel arrow left`,rightArrow:`Carousel arrow right`,indicator:`Carousel switch to index {index}`},inputOTP:{groupLabel:`OTP Input`,defaultLabel:`Please enter OTP character {index}`}}},ki=e=>(n,r)=>Ai(n,r,t(e)),Ai=(e,t,n)=>Dn(n,e,e).replace(/\{(\w+)\}/g,(e,n)=>{var r;return`${(r=t==null?void 0:t[n])==null?`{${n}}`:r}`}),ji=e=>({lang:y(()=>t(e).name),locale:f(e)?e:c(e),t:ki(e)}),Mi=Symbol(`localeContextKey`),Ni=e=>{let t=e||n(Mi,c());return ji(y(()=>t.value||Oi))},Pi=`is-`,Z=(e,t,n,r,i)=>{let a=`${e}-${t}`;return n&&(a+=`-${n}`),r&&(a+=`__${r}`),i&&(a+=`--${i}`),a},Fi=Symbol(`namespaceContextKey`),Ii=e=>{let r=e||(i()?n(Fi,c(`el`)):c(`el`));return y(()=>t(r)||`el`)},Li=(e,t)=>{let n=Ii(t);return{namespace:n,b:(t=``)=>Z(n.value,e,t,``,``),e:t=>t?Z(n.value,e,``,t,``):``,m:t=>t?Z(n.value,e,``,``,t):``,be:(t,r)=>t&&r?Z(n.value,e,t,r,``):``,em:(t,r)=>t&&r?Z(n.value,e,``,t,r):``,bm:(t,r)=>t&&r?Z(n.value,e,t,``,r):``,bem:(t,r,i)=>t&&r&&i?Z(n.value,e,t,r,i):``,is:(e,...t)=>{let n=t.length>=1?t[0]:!0;return e&&n?`${Pi}${e}`:``},cssVar:e=>{let t={};for(let r in e)e[r]&&(t[`--${n.value}-${r}`]=e[r]);return t},cssVarName:e=>`--${n.value}-${e}`,cssVarBlock:t=>{let r={};for(let i in t)t[i]&&(r[`--${n.value}-${e}-${i}`]=t[i]);return r},cssVarBlockName:t=>`--${n.value}-${e}-${t}`}},Ri={current:0},zi=c(0),Bi=2e3,Vi=Symbol(`elZIndexContextKey`),Hi=Symbol(`zIndexContextKey`),Ui=e=>{let r=i()?n(Vi,Ri):Ri,a=e||(i()?n(Hi,void 0):void 0),o=y(()=>{let e=t(a);return ei(e)?e:Bi}),s=y(()=>o.value+zi.value);return!Y&&!n(Vi)&&J(`ZIndexInjection`,`Looks like you are using server rendering, you must provide a z-index provider to ensure the hydration process to be succeed
usage: app.provide(ZINDEX_INJECTION_KEY, { current: 0 })`),{initialZIndex:o,currentZIndex:s,nextZIndex:()=>(r.current++,zi.value=r.current,s.value)}},Wi=ui({type:String,values:te,required:!1}),Gi=Symbol(`size`),Ki=()=>{let e=n(Gi,{});return y(()=>t(e.size)||``)},qi=Symbol(`emptyValuesContextKey`),Ji=`use-empty-values`,Yi=[``,void 0,null],Xi=di({emptyValues:Array,valueOnClear:{type:ci([String,Number,Boolean,Function]),default:void 0,validator:e=>(e=a(e)?e():e,m(e)?e.every(e=>!e):!e)}}),Zi=(e,t)=>{let r=i()?n(qi,c({})):c({}),o=y(()=>e.emptyValues||r.value.emptyValues||Yi),s=y(()=>a(e.valueOnClear)?e.valueOnClear():e.valueOnClear===void 0?a(r.value.valueOnClear)?r.value.valueOnClear():r.value.valueOnClear===void 0?t===void 0?void 0:t:r.value.valueOnClear:e.valueOnClear),l=e=>{let t=!0;return t=m(e)?o.value.some(t=>Jr(e,t)):o.value.includes(e),t};return l(s.value)||J(Ji,`value-on-clear should be a value of empty-values`),{emptyValues:o,valueOnClear:s,isEmptyValue:l}},Qi=e=>{let t=e.props,n=m(t)?qr(t.map(e=>[e,{}])):t;e.setPropsDefaults=t=>{if(n){for(let[e,r]of Object.entries(t)){let t=n[e];h(n,e)&&(In(t)?n[e]={...t,default:r}:n[e]={type:t,default:r})}e.props=n}}},$i=(e,t)=>{if(e.install=n=>{for(let r of[e,...Object.values(t==null?{}:t)])n.component(r.name,r)},t)for(let[n,r]of Object.entries(t))e[n]=r;return Qi(e),e},ea=(e,t)=>(e.install=n=>{e._context=n._context,n.config.globalProperties[t]=e},e),ta=t=>(t.install=e,Qi(t),t),na=Symbol(),Q=c();function $(e,t=void 0){let r=i()?n(na,Q):Q;return e?y(()=>{var n,i;return(n=(i=r.value)==null?void 0:i[e])==null?t:n}):r}function ra(e,n){let r=$(),i=Li(e,y(()=>{var e;return((e=r.value)==null?void 0:e.namespace)||`el`})),a=Ni(y(()=>{var e;return(e=r.value)==null?void 0:e.locale})),o=Ui(y(()=>{var e;let t=(e=r.value)==null?void 0:e.zIndex;return Yr(t)||Number.isNaN(t)?Bi:t})),s=y(()=>{var e;return t(n)||((e=r.value)==null?void 0:e.size)||``});return ia(y(()=>t(r)||{})),{ns:i,locale:a,zIndex:o,size:s}}var ia=(e,n,r=!1)=>{var a;let o=!!i(),c=o?$():void 0,l=(a=n==null?void 0:n.provide)==null?o?s:void 0:a;if(!l){J(`provideGlobalConfig`,`provideGlobalConfig() can only be used inside setup().`);return}let u=y(()=>{let n=t(e);return c!=null&&c.value?aa(c.value,n):n});return l(na,u),l(Mi,y(()=>u.value.locale)),l(Fi,y(()=>u.value.namespace)),l(Hi,y(()=>u.value.zIndex)),l(Gi,{size:y(()=>u.value.size||``)}),l(qi,y(()=>({emptyValues:u.value.emptyValues,valueOnClear:u.value.valueOnClear}))),(r||!Q.value)&&(Q.value=u.value),u},aa=(e,t)=>{let n=[...new Set([...ai(e),...ai(t)])],r={};for(let i of n)r[i]=t[i]===void 0?e[i]:t[i];return r};x(`
  fragment ConsoleNode on BreadcrumbItem { id name level manageable }
`),x(`
  fragment PageCursor on PageInfo { hasNextPage endCursor }
`),x(`
  fragment NodeFigures on NodeStats {
    nodeId
    name
    isUnit
    shouldTake
    studyCompleted
    participated
    passed
    participationRate
    passRate
    noRateReason
    emptyUnits
    deduction
    deductionUnits
  }
`),x(`
  fragment LearnerStanding on Learner {
    id
    name
    phone
    phoneMasked
    rank
    points(campaignId: $campaignId)
    bestScore(campaignId: $campaignId)
  }
`),x(`
  fragment ImportCounts on ImportReport {
    created
    updated
    unchanged
    dryRun
    written
    errors { row message }
  }
`),x(`
  fragment ExamSessionRow on ExamSession { id kind startsAt endsAt centreName seats booked }
`),x(`
  fragment IssuedPassword on TemporaryPassword { password expiresAt }
`);var oa=x(`
  mutation AdminLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      mustChangePassword
    }
  }
`),sa=x(`
  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),ca=x(`
  mutation AdminLogout {
    logout
  }
`),la=x(`
  query ConsoleContext {
    me { id name phone }
    consoleContext {
      role
      masksPhones
      sections
      home { ...ConsoleNode }
      breadcrumb { ...ConsoleNode }
    }
    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }
  }
`),ua=x(`
  query Breadcrumb($nodeId: ID!) {
    breadcrumb(nodeId: $nodeId) { ...ConsoleNode }
  }
`),da=x(`
  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      ...NodeFigures
      children(orderBy: $orderBy, descending: $descending) { ...NodeFigures }
    }
    unitsWithoutRoster(nodeId: $nodeId, first: 100) { totalCount nodes { id name } }
  }
`),fa=x(`
  query RegionUnitRosters($regionId: ID!, $after: String) {
    region(id: $regionId) {
      units(first: 100, after: $after) {
        pageInfo { ...PageCursor }
        nodes { id name learners(first: 1) { totalCount } }
      }
    }
  }
`),pa=x(`
  query DailyProgress($campaignId: ID!, $nodeId: ID!) {
    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }
  }
`),ma=x(`
  mutation CreateDownloadLink($input: DownloadInput!) {
    createDownloadLink(input: $input) { url expiresAt }
  }
`),ha=x(`
  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
    unit(id: $unitId) {
      id
      name
      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
        totalCount
        pageInfo { ...PageCursor }
        nodes {
          ...LearnerStanding
          status
          retirementDate
        }
      }
    }
  }
`),ga=x(`
  mutation AddLearner($input: AddLearnerInput!) {
    addLearner(input: $input) { id name }
  }
`),_a=x(`
  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
    updateLearner(id: $id, input: $input) { id name }
  }
`),va=x(`
  mutation TransferOut($learnerId: ID!) {
    transferOut(learnerId: $learnerId) { id status }
  }
`),ya=x(`
  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }
  }
`),ba=x(`
  mutation ResetLearnerPassword($learnerId: ID!) {
    resetLearnerPassword(learnerId: $learnerId) { ...IssuedPassword }
  }
`),xa=x(`
  mutation UnlockLearner($learnerId: ID!) {
    unlockLearner(learnerId: $learnerId)
  }
`),Sa=x(`
  mutation RevealPhone($learnerId: ID!) {
    revealPhone(learnerId: $learnerId)
  }
`),Ca=x(`
  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {
      ...ImportCounts
      preview { row action name phone changes }
    }
  }
`),wa=x(`
  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageCursor }
      nodes {
        ...LearnerStanding
        unit { id name }
      }
    }
  }
`),Ta=x(`
  query Children($campaignId: ID!, $nodeId: ID!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      children(orderBy: NAME) { nodeId name isUnit }
    }
  }
`),Ea=x(`
  query ExamSessions($campaignId: ID!, $unitId: ID) {
    examSessions(campaignId: $campaignId, unitId: $unitId) { ...ExamSessionRow }
  }
`),Da=x(`
  query UnitExamCentreSeats($campaignId: ID!, $unitId: ID!) {
    unitExamCentreSeats(campaignId: $campaignId, unitId: $unitId) {
      centreName
      kind
      startsAt
      endsAt
      bookedAt
      learner { id name phone }
    }
  }
`),Oa=x(`
  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
    scheduleExamSession(input: $input) { id kind startsAt endsAt }
  }
`),ka=x(`
  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus, $escalated: Boolean) {
    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, escalated: $escalated, first: 50) {
      totalCount
      nodes {
        id
        status
        reason
        appliedAt
        attachmentName
        escalatedAt
        escalationComment
        learner { id name phone unit { name } }
        decisions { approve comment overrule decidedAt decidedBy }
      }
    }
  }
`),Aa=x(`
  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }
  }
`),ja=x(`
  query Notices {
    notices(first: 50) { nodes { id title body postedAt editedAt editable region { name } } }
  }
`),Ma=x(`
  mutation PostNotice($input: PostNoticeInput!) {
    postNotice(input: $input) { id }
  }
`),Na=x(`
  query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { ...PageCursor }
      nodes { id at action actor targetKind targetId before after late }
    }
  }
`),Pa=x(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
      temporaryPassword { ...IssuedPassword }
    }
  }
`),Fa=x(`
  query CampaignForYear($year: Int!) {
    campaign(year: $year) {
      id
      year
      title
      readerTitle
      verificationDeadline
      studyStart
      requiredPoints
      categories { category points required }
      mainWindow { start end }
      makeupWindow { start end }
      passScore
      durationMinutes
      blueprint { type count pointsEach }
      mainAttempts
      makeupAttempts
      answerGraceSeconds
      dailyPointsCap
      reviewMode
    }
  }
`),Ia=x(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) { id year title }
  }
`),La=x(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) { id year title }
  }
`),Ra=x(`
  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }
  }
`),za=x(`
  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }
  }
`),Ba=x(`
  query RecoveryRequests {
    recoveryRequests {
      id
      learnerId
      name
      phone
      unitName
      requestedAt
      escalated
    }
  }
`),Va=x(`
  mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {
    resolveRecoveryRequest(id: $id, action: $action) { ...IssuedPassword }
  }
`),Ha=x(`
  mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {
    updateExamSession(id: $id, input: $input) { id startsAt endsAt }
  }
`),Ua=x(`
  mutation CancelExamSession($id: ID!) {
    cancelExamSession(id: $id)
  }
`),Wa=x(`
  query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {
    examCentreSessions(campaignId: $campaignId, regionId: $regionId) { ...ExamSessionRow bookableUntil }
  }
`),Ga=x(`
  query ExamCentreBookings($sessionId: ID!) {
    examCentreBookings(sessionId: $sessionId) { bookedAt learner { id name phone } unit { id name } }
  }
`),Ka=x(`
  mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {
    createExamCenterSession(input: $input) { id }
  }
`),qa=x(`
  mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {
    bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) { id booked seats }
  }
`),Ja=x(`
  mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {
    cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) { id booked seats }
  }
`),Ya=x(`
  query OfflineUnits($regionId: ID!) {
    region(id: $regionId) { id units(first: 100, wholeSubtree: true) { nodes { id name hasInternet } } }
  }
`),Xa=x(`
  query UnitLearners($unitId: ID!) {
    unit(id: $unitId) { id learners(first: 100) { nodes { id name phone status } } }
  }
`),Za=x(`
  mutation EscalateExemption($id: ID!, $comment: String) {
    escalateExemption(id: $id, comment: $comment) { id escalatedAt }
  }
`),Qa=x(`
  query ExemptionAttachment($id: ID!) {
    exemptionAttachment(id: $id) { name contentType dataUrl }
  }
`),$a=x(`
  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
    updateNotice(id: $id, input: $input) { id title body editedAt }
  }
`),eo=x(`
  mutation WithdrawNotice($id: ID!) {
    withdrawNotice(id: $id)
  }
`),to=x(`
  query Administrators($nodeId: ID!, $first: Int!, $after: String) {
    administrators(nodeId: $nodeId, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageCursor }
      nodes {
        name
        phoneMasked
        appointedAt
        revocable
        grant { id role region { name } unit { name } }
      }
    }
  }
`),no=x(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`),ro=x(`
  query UnitAttemptIntegrity($campaignId: ID!, $unitId: ID!) {
    unitAttemptIntegrity(campaignId: $campaignId, unitId: $unitId) {
      learner { id name }
      integrity {
        attemptId
        leaves
        awaySeconds
        flagged
        maxLeaves
        maxAwaySeconds
        note
        events { kind at }
      }
    }
  }
`),io=x(`
  query PendingTransfersIn($unitId: ID!) {
    pendingTransfersIn(unitId: $unitId) { requestedAt learner { id name phone rank } }
  }
`),ao=x(`
  mutation AdminTransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id name }
  }
`),oo=x(`
  mutation AcceptTransferIn($learnerId: ID!) {
    acceptTransferIn(learnerId: $learnerId) { id name }
  }
`),so=x(`
  mutation RefuseTransferIn($learnerId: ID!) {
    refuseTransferIn(learnerId: $learnerId)
  }
`),co=x(`
  query PracticeBank($campaignId: ID!, $year: Int!) {
    questions(campaignId: $campaignId) { id type stem lawSource withdrawn practice }
    campaign(year: $year) { id integrityMaxLeaves integrityMaxAwaySeconds }
  }
`),lo=x(`
  mutation SetQuestionPractice($questionId: ID!) {
    setQuestionPractice(questionId: $questionId) { id practice }
  }
`),uo=x(`
  mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {
    setIntegrityTolerance(campaignId: $campaignId, maxLeaves: $maxLeaves, maxAwaySeconds: $maxAwaySeconds)
  }
`);export{Xa as $,Yn as $t,Ca as A,me as An,Ei as At,fa as B,ni as Bt,Za as C,M as Cn,vi as Ct,Qa as D,Ce as Dn,Ci as Dt,Ea as E,Re as En,Ti as Et,io as F,te as Fn,di as Ft,ha as G,Qr as Gt,Va as H,ei as Ht,Ma as I,ci as It,lo as J,Jr as Jt,Oa as K,Xr as Kt,co as L,oi as Lt,za as M,E as Mn,J as Mt,ja as N,C as Nn,pi as Nt,ka as O,k as On,hi as Ot,Ya as P,S as Pn,ui as Pt,Da as Q,ur as Qt,Ba as R,ai as Rt,Aa as S,We as Sn,yi as St,Wa as T,Ve as Tn,gi as Tt,Sa as U,ri as Ut,ba as V,ti as Vt,no as W,ii as Wt,va as X,Kr as Xt,ya as Y,qr as Yt,ro as Z,dr as Zt,Ia as _,N as _n,Ii as _t,oa as a,kn as an,eo as at,pa as b,qe as bn,mi as bt,to as c,En as cn,$ as ct,ua as d,qt as dn,ta as dt,Jn as en,xa as et,Fa as f,Wt as fn,Zi as ft,la as g,Mt as gn,Ui as gt,Ta as h,Ft as hn,Wi as ht,sa as i,In as in,$a as it,Ra as j,D as jn,Di as jt,Pa as k,O as kn,wi as kt,Na as l,U as ln,$i as lt,Ua as m,Lt as mn,Ki as mt,wa as n,Wn as nn,Ha as nt,ca as o,On as on,ia as ot,Ja as p,zt as pn,Xi as pt,uo as q,Yr as qt,ga as r,W as rn,_a as rt,ao as s,Dn as sn,ra as st,oo as t,qn as tn,La as tt,qa as u,wn as un,ea as ut,ma as v,nt as vn,Li as vt,Ga as w,He as wn,X as wt,da as x,Ke as xn,Y as xt,Ka as y,Ye as yn,Ni as yt,so as z,$r as zt};