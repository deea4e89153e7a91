#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t global_in[16],
    result_t layer48_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer48_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer48_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight46_t, 512>(w46, "w46.txt");
        nnet::load_weights_from_txt<model_default_t, 32>(b46, "b46.txt");
        nnet::load_weights_from_txt<weight47_t, 512>(w47, "w47.txt");
        nnet::load_weights_from_txt<model_default_t, 16>(b47, "b47.txt");
        nnet::load_weights_from_txt<weight48_t, 80>(w48, "w48.txt");
        nnet::load_weights_from_txt<model_default_t, 5>(b48, "b48.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer40_t layer40_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer40_out complete dim=0

    Dense_MatMul_0_result_t layer46_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer46_out complete dim=0

    layer32_t layer32_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer32_out complete dim=0

    Dense_MatMul_1_result_t layer47_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer47_out complete dim=0

    layer36_t layer36_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer36_out complete dim=0

    nnet::linear<input_t, layer40_t, linear_config40>(global_in, layer40_out); // Quant_0_act

    nnet::dense<layer40_t, Dense_MatMul_0_result_t, config46>(layer40_out, layer46_out, w46, b46); // Dense_MatMul_0

    nnet::relu<Dense_MatMul_0_result_t, layer32_t, ReLU_config32>(layer46_out, layer32_out); // Relu_0

    nnet::dense<layer32_t, Dense_MatMul_1_result_t, config47>(layer32_out, layer47_out, w47, b47); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_1_result_t, layer36_t, ReLU_config36>(layer47_out, layer36_out); // Relu_1

    nnet::dense<layer36_t, result_t, config48>(layer36_out, layer48_out, w48, b48); // Dense_MatMul_2

}

